package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.dsl.internal.DslChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds one {@link HttpInteraction}: description, provider states, request and response.
 *
 * <pre>{@code
 * http("get order 42").given("order 42 exists")
 *     .request(r -> r.get("/orders/42"))
 *     .response(r -> r.status(200).body(json(o -> o.integerType("id", 42))))
 *     .build();
 * }</pre>
 */
public final class HttpInteractionBuilder {
  private final String description;
  private final List<ProviderState> states = new ArrayList<>();
  private final RequestBuilder request = new RequestBuilder();
  private final ResponseBuilder response = new ResponseBuilder();
  private boolean requestGiven;
  private boolean responseGiven;

  HttpInteractionBuilder(String description) {
    this.description = description;
  }

  /** Adds a provider state without parameters. */
  public HttpInteractionBuilder given(String state) {
    return given(state, Map.of());
  }

  /** Adds a provider state with parameters (converted to JSON by Jackson). */
  public HttpInteractionBuilder given(String state, Map<String, ?> params) {
    states.add(providerState(state, params));
    return this;
  }

  /** Describes the request the consumer sends. */
  public HttpInteractionBuilder request(Consumer<RequestBuilder> spec) {
    spec.accept(request);
    requestGiven = true;
    return this;
  }

  /** Describes the response the consumer expects. */
  public HttpInteractionBuilder response(Consumer<ResponseBuilder> spec) {
    spec.accept(response);
    responseGiven = true;
    return this;
  }

  /**
   * The interaction.
   *
   * @throws IllegalArgumentException when the description is blank, the request or response was
   *     not described, or a part is invalid; the message says what and how to fix it
   */
  public HttpInteraction build() {
    DslChecks.notBlank("interaction description", description);
    String where = "interaction " + DslChecks.quote(description);
    if (!requestGiven) {
      throw new IllegalStateException(where + " has no request; add .request(r -> r.get(\"/path\"))");
    }
    if (!responseGiven) {
      throw new IllegalStateException(where + " has no response; add .response(r -> r.status(200))");
    }
    return new HttpInteraction(description, states, request.build(where), response.build(where), Map.of());
  }

  static ProviderState providerState(String state, Map<String, ?> params) {
    DslChecks.notBlank("provider state", state);
    Map<String, JsonNode> json = new LinkedHashMap<>();
    params.forEach((k, v) -> json.put(k, ContractDsl.toJson(v)));
    return new ProviderState(state, json);
  }
}

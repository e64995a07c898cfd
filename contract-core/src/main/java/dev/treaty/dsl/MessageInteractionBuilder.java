package dev.treaty.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.ProviderState;
import dev.treaty.dsl.internal.RuleMaps;
import dev.treaty.dsl.internal.DslChecks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one {@link MessageInteraction}: a message the provider publishes and the consumer
 * handles, with its contents and metadata.
 *
 * <pre>{@code
 * message("order created").given("order 42 was placed")
 *     .contents(json(o -> o.integerType("orderId", 42).stringType("status", "CREATED")))
 *     .metadata("topic", "orders")
 *     .build();
 * }</pre>
 */
public final class MessageInteractionBuilder {
  private final String description;
  private final List<ProviderState> states = new ArrayList<>();
  private final Map<String, JsonNode> metadata = new LinkedHashMap<>();
  private MatchingRules metadataRules = MatchingRules.EMPTY;
  private Generators metadataGenerators = Generators.EMPTY;
  private BodyPart contents;

  MessageInteractionBuilder(String description) {
    this.description = description;
  }

  /** Adds a provider state without parameters. */
  public MessageInteractionBuilder given(String state) {
    return given(state, Map.of());
  }

  /** Adds a provider state with parameters (converted to JSON by Jackson). */
  public MessageInteractionBuilder given(String state, Map<String, ?> params) {
    states.add(HttpInteractionBuilder.providerState(state, params));
    return this;
  }

  /** Sets JSON contents; metadata {@code contentType} becomes {@code application/json} unless set. */
  public MessageInteractionBuilder contents(JsonBody json) {
    this.contents = BodyPart.of(json);
    return this;
  }

  /** Sets contents of any content type; metadata {@code contentType} is set to it unless set. */
  public MessageInteractionBuilder contents(String content, String contentType) {
    this.contents = BodyPart.of(Body.of(content.getBytes(StandardCharsets.UTF_8), contentType), contentType);
    return this;
  }

  /** Adds metadata entry {@code name}, compared exactly. */
  public MessageInteractionBuilder metadata(String name, Object value) {
    metadata.put(name, ContractDsl.toJson(value));
    return this;
  }

  /** Adds metadata entry {@code name} with a matched value, such as {@code regex("orders-.*", "orders-eu")}. */
  public MessageInteractionBuilder metadata(String name, MatchedValue value) {
    metadata.put(name, value.example().deepCopy());
    if (value.rules() != null && !value.rules().isEmpty()) {
      metadataRules = metadataRules.with(Category.METADATA, name, value.rules());
    }
    if (value.generator() != null) {
      metadataGenerators = metadataGenerators.with(Category.METADATA, name, value.generator());
    }
    return this;
  }

  /**
   * The interaction.
   *
   * @throws IllegalStateException when the description is blank or no contents were given
   */
  public MessageInteraction build() {
    DslChecks.notBlank("message description", description);
    if (contents == null) {
      throw new IllegalStateException("message " + DslChecks.quote(description)
          + " has no contents; add .contents(json(o -> ...))");
    }
    Map<String, JsonNode> meta = new LinkedHashMap<>(metadata);
    if (contents.contentType() != null && !meta.containsKey("contentType")) {
      meta.put("contentType", TextNode.valueOf(contents.contentType()));
    }
    Message message = new Message(contents.body(), meta,
        RuleMaps.merge(contents.rules(), metadataRules),
        RuleMaps.merge(contents.generators(), metadataGenerators));
    return new MessageInteraction(description, states, message, Map.of());
  }
}

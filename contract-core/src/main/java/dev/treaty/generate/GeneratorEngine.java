package dev.treaty.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Query;
import dev.treaty.generate.internal.BodyPaths;
import dev.treaty.generate.internal.GeneratedValues;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a request's or response's generators (path, query, headers, status, JSON body paths) and
 * returns the request or response with the generated values: the one engine behind the consumer's
 * mock provider and provider verification.
 *
 * <pre>{@code
 * GeneratorEngine engine = GeneratorEngine.create(Clock.systemDefaultZone());
 * HttpRequest sent = engine.apply(interaction.request(), GeneratorContext.provider(stateValues));
 * HttpResponse answer = engine.apply(interaction.response(), GeneratorContext.consumer("http://localhost:8080"));
 * }</pre>
 *
 * <p>Which generators produce values in which {@link GeneratorContext.Mode} is Pact's: {@code
 * ProviderState} only for the provider, {@code MockServerURL} only for the consumer, random, UUID
 * and date/time ones (with their expressions, such as {@code "+ 1 day @ midnight"}) for both; dates
 * and times come from the engine's clock. Instances are immutable and thread-safe.
 */
public final class GeneratorEngine {
  private final GeneratedValues values;

  private GeneratorEngine(Clock clock) {
    this.values = new GeneratedValues(clock);
  }

  /** An engine on the system clock in the default time zone. */
  public static GeneratorEngine create() {
    return create(Clock.systemDefaultZone());
  }

  /** An engine whose date and time generators read {@code clock} (and its zone). */
  public static GeneratorEngine create(Clock clock) {
    return new GeneratorEngine(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * {@code request} with its generators applied.
   *
   * @throws GeneratorException naming the part and path of a generator that cannot produce a value
   */
  public HttpRequest apply(HttpRequest request, GeneratorContext context) {
    Generators generators = request.generators();
    if (generators.isEmpty()) {
      return request;
    }
    HttpRequest out = request;
    Generator path = generators.get(Category.PATH).get("");
    if (path != null) {
      String generated = text(generate(path, TextNode.valueOf(request.path()), context, "path"));
      out = new HttpRequest(out.method(), generated, out.query(), out.headers(), out.body(),
          out.matchingRules(), out.generators());
    }
    out = out.withQuery(query(out.query(), generators.get(Category.QUERY), context));
    out = out.withHeaders(headers(out.headers(), generators.get(Category.HEADER), context));
    return out.withBody(body(out.body(), generators.get(Category.BODY), context));
  }

  /**
   * {@code response} with its generators applied.
   *
   * @throws GeneratorException naming the part and path of a generator that cannot produce a value
   */
  public HttpResponse apply(HttpResponse response, GeneratorContext context) {
    Generators generators = response.generators();
    if (generators.isEmpty()) {
      return response;
    }
    HttpResponse out = response;
    Generator status = generators.get(Category.STATUS).get("");
    if (status != null) {
      JsonNode generated = generate(status, IntNode.valueOf(response.status()), context, "status");
      if (generated.canConvertToInt()) {
        out = new HttpResponse(generated.intValue(), out.headers(), out.body(), out.matchingRules(), out.generators());
      }
    }
    out = out.withHeaders(headers(out.headers(), generators.get(Category.HEADER), context));
    return out.withBody(body(out.body(), generators.get(Category.BODY), context));
  }

  /**
   * The value of one {@code generator} in place of {@code example}.
   *
   * @throws GeneratorException when the generator cannot produce a value
   */
  public JsonNode generate(Generator generator, JsonNode example, GeneratorContext context) {
    return values.generate(Objects.requireNonNull(generator, "generator"), example, context);
  }

  private JsonNode generate(Generator generator, JsonNode example, GeneratorContext context, String location) {
    try {
      return values.generate(generator, example, context);
    } catch (GeneratorException e) {
      throw new GeneratorException(location + ": " + generator.type() + " generator: " + e.getMessage(), e);
    }
  }

  private Query query(Query query, Map<String, Generator> generators, GeneratorContext context) {
    if (generators.isEmpty()) {
      return query;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>(query.parameters());
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      String name = name(e.getKey());
      List<String> current = parameters.get(name);
      List<String> generated = new ArrayList<>();
      for (String value : current == null ? List.of("") : current) {
        JsonNode example = TextNode.valueOf(value);
        JsonNode result = generate(e.getValue(), example, context, "query " + name);
        if (current == null && result == example) {
          break;                                   // nothing generated for an absent parameter: leave it out
        }
        generated.add(text(result));
      }
      if (!generated.isEmpty()) {
        parameters.put(name, generated);
      }
    }
    return new Query(parameters);
  }

  private Headers headers(Headers headers, Map<String, Generator> generators, GeneratorContext context) {
    Headers out = headers;
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      String name = name(e.getKey());
      String current = headers.first(name);
      JsonNode example = TextNode.valueOf(current == null ? "" : current);
      JsonNode result = generate(e.getValue(), example, context, "header " + name);
      if (current != null || result != example) {
        out = out.with(name, text(result));
      }
    }
    return out;
  }

  private Body body(Body body, Map<String, Generator> generators, GeneratorContext context) {
    if (generators.isEmpty() || !(body instanceof Body.Json json)) {
      return body;
    }
    JsonNode tree = json.value();
    for (Map.Entry<String, Generator> e : generators.entrySet()) {
      Generator generator = e.getValue();
      String location = "body " + e.getKey();
      tree = BodyPaths.replace(tree, e.getKey(), current -> generate(generator, current, context, location));
    }
    return new Body.Json(tree, json.contentType());
  }

  private static String name(String key) {
    return key.startsWith("$.") ? key.substring(2) : key;
  }

  private static String text(JsonNode node) {
    return node == null ? "" : node.isTextual() ? node.textValue() : node.toString();
  }
}

package dev.treaty.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Generator;
import dev.treaty.contract.Generators;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Message;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.OtherInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.Query;
import dev.treaty.contract.RuleGroup;
import dev.treaty.contract.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates contracts that V3 or V4 can express without loss: bodies typed as the reader would
 * type them, no Content-Type header (so body content types stand alone), single header values in
 * V3, and no mix of HTTP and messages in V3.
 */
final class ContractArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecVersion version;

  ContractArbitraries(SpecVersion version) {
    this.version = version;
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '\n', '\t', '"').ofMaxLength(8);
  }

  static Arbitrary<String> name() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
  }

  static Arbitrary<JsonNode> json() {
    Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(d -> NODES.numberNode(d.doubleValue())),
        text().map(NODES::textNode),
        Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode()));
    return Arbitraries.recursive(() -> leaves, ContractArbitraries::containers, 0, 2);
  }

  private static Arbitrary<JsonNode> containers(Arbitrary<JsonNode> elements) {
    Arbitrary<JsonNode> arrays = elements.list().ofMaxSize(3).map(list -> {
      var array = NODES.arrayNode();
      list.forEach(array::add);
      return array;
    });
    Arbitrary<JsonNode> objects = Arbitraries.maps(name(), elements).ofMaxSize(3).map(map -> {
      ObjectNode object = NODES.objectNode();
      map.forEach(object::set);
      return object;
    });
    return Arbitraries.oneOf(arrays, objects);
  }

  static Arbitrary<JsonNode> container() {
    return containers(json());
  }

  Arbitrary<Contract> contracts() {
    Arbitrary<List<Interaction>> interactions = version == SpecVersion.V4
        ? Arbitraries.oneOf(http(), message(), other()).list().ofMaxSize(4)
        : Arbitraries.oneOf(http().list().ofMaxSize(4), message().list().ofMaxSize(3));
    Arbitrary<Map<String, JsonNode>> metadata =
        Arbitraries.maps(Arbitraries.of("pact-jvm", "tool", "plugins"), json()).ofMaxSize(2);
    Arbitrary<Map<String, JsonNode>> extensions =
        Arbitraries.maps(Arbitraries.of("x-a", "x-b"), json()).ofMaxSize(2);
    return Combinators.combine(name(), name(), interactions, metadata, extensions)
        .as((consumer, provider, list, meta, ext) -> new Contract(
            consumer, provider, new ArrayList<>(list), version, withSpecVersion(meta), ext));
  }

  private Map<String, JsonNode> withSpecVersion(Map<String, JsonNode> metadata) {
    Map<String, JsonNode> copy = new LinkedHashMap<>(metadata);
    copy.put("pactSpecification", NODES.objectNode().put("version", version.label()));
    return copy;
  }

  private Arbitrary<Interaction> http() {
    Arbitrary<HttpRequest> requests = Combinators.combine(
            Arbitraries.of("GET", "POST", "PUT", "DELETE"), name().map(n -> "/" + n),
            query(), headers(), body(), rules(), generators())
        .as(HttpRequest::new);
    Arbitrary<HttpResponse> responses = Combinators.combine(
            Arbitraries.integers().between(100, 599), headers(), body(), rules(), generators())
        .as(HttpResponse::new);
    return Combinators.combine(text(), states(), requests, responses, extensions())
        .as(HttpInteraction::new);
  }

  private Arbitrary<Interaction> message() {
    Arbitrary<Message> messages = Combinators.combine(
            body(), Arbitraries.maps(Arbitraries.of("topic", "key"), json()).ofMaxSize(2), rules(),
            generators())
        .as(Message::new);
    return Combinators.combine(text(), states(), messages, extensions()).as(MessageInteraction::new);
  }

  private Arbitrary<Interaction> other() {
    return Combinators.combine(text(), container()).as((description, content) -> {
      ObjectNode raw = NODES.objectNode().put("type", "Synchronous/Messages").put("description", description);
      raw.set("request", content);
      return new OtherInteraction("Synchronous/Messages", description, List.of(), raw);
    });
  }

  private static Arbitrary<List<ProviderState>> states() {
    return Combinators.combine(text(), Arbitraries.maps(name(), json()).ofMaxSize(2))
        .as(ProviderState::new).list().ofMaxSize(2);
  }

  private static Arbitrary<Map<String, JsonNode>> extensions() {
    return Arbitraries.maps(Arbitraries.of("key", "pending", "comments", "x-note"), json()).ofMaxSize(2);
  }

  private static Arbitrary<Query> query() {
    return Arbitraries.maps(name(), text().list().ofMinSize(1).ofMaxSize(2)).ofMaxSize(2).map(Query::new);
  }

  private Arbitrary<Headers> headers() {
    int maxValues = version == SpecVersion.V4 ? 3 : 1;
    return Arbitraries.maps(Arbitraries.of("Accept", "X-Request-Id", "X-Tags"),
            text().list().ofMinSize(1).ofMaxSize(maxValues))
        .ofMaxSize(2).map(Headers::new);
  }

  /** Bodies as the reader types them when no content type is declared outside the body. */
  Arbitrary<Body> body() {
    List<Arbitrary<Body>> bodies = new ArrayList<>(List.of(
        Arbitraries.just(Body.missing()),
        Arbitraries.just(new Body.Empty(null)),
        container().map(value -> new Body.Json(value, "application/json")),
        text().map(t -> new Body.Xml("<a>" + t + "</a>", "application/xml")),
        name().map(t -> new Body.Text(t, "text/plain"))));
    if (version == SpecVersion.V4) {
      bodies.add(json().map(value -> new Body.Json(value, "application/vnd.treaty+json")));
      bodies.add(text().filter(t -> !t.isEmpty()).map(t -> new Body.Xml(t, "text/xml")));
      bodies.add(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)
          .map(bytes -> new Body.Binary(bytes, "application/octet-stream")));
      bodies.add(Arbitraries.of("application/json", "text/plain").map(Body.Empty::new));
    }
    return Arbitraries.oneOf(bodies);
  }

  static Arbitrary<MatchingRules> rules() {
    Arbitrary<Map<String, RuleGroup>> body = Arbitraries.maps(name().map(n -> "$." + n), groups()).ofMaxSize(2);
    Arbitrary<Map<String, RuleGroup>> header = Arbitraries.maps(name(), groups()).ofMaxSize(2);
    Arbitrary<Map<String, RuleGroup>> path = groups().map(g -> Map.of("", g)).injectNull(0.5);
    return Combinators.combine(body, header, path).as((b, h, p) -> {
      Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, b);
      categories.put(Category.HEADER, h);
      categories.put(Category.PATH, p == null ? Map.of() : p);
      return new MatchingRules(categories);
    });
  }

  private static Arbitrary<RuleGroup> groups() {
    return Combinators.combine(rule().list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(Combine.class))
        .as(RuleGroup::new);
  }

  static Arbitrary<MatchingRule> rule() {
    Arbitrary<MatchingRule> simple = simpleRule();
    Arbitrary<MatchingRule> nested = Arbitraries.oneOf(
        simple.list().ofMaxSize(2).map(MatchingRule.EachKey::new),
        simple.list().ofMaxSize(2).map(MatchingRule.EachValue::new),
        variant(simple).list().ofMinSize(1).ofMaxSize(2).map(MatchingRule.ArrayContains::new));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, simple), net.jqwik.api.Tuple.of(1, nested));
  }

  private static Arbitrary<MatchingRule.ArrayContains.Variant> variant(Arbitrary<MatchingRule> rules) {
    Arbitrary<MatchingRules> variantRules = Arbitraries.maps(name().map(n -> "$." + n),
            rules.map(RuleGroup::of)).ofMaxSize(2)
        .map(map -> new MatchingRules(Map.of(Category.BODY, map)));
    Arbitrary<Generators> variantGenerators = Arbitraries.maps(name().map(n -> "$." + n), generator())
        .ofMaxSize(1).map(map -> new Generators(Map.of(Category.BODY, map)));
    return Combinators.combine(Arbitraries.integers().between(0, 5), variantRules, variantGenerators)
        .as(MatchingRule.ArrayContains.Variant::new);
  }

  private static Arbitrary<MatchingRule> simpleRule() {
    Arbitrary<Integer> bound = Arbitraries.integers().between(0, 10).injectNull(0.5);
    Arbitrary<String> format = Arbitraries.of("yyyy-MM-dd", "HH:mm").injectNull(0.3);
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(new MatchingRule.Equality(), new MatchingRule.IntegerType(),
            new MatchingRule.DecimalType(), new MatchingRule.NumberType(), new MatchingRule.BooleanType(),
            new MatchingRule.NullValue(), new MatchingRule.Values(), new MatchingRule.NotEmpty(),
            new MatchingRule.Semver()),
        Combinators.combine(bound, bound).as(MatchingRule.Type::new),
        text().map(MatchingRule.Regex::new),
        text().map(MatchingRule.Include::new),
        format.map(MatchingRule.Date::new),
        format.map(MatchingRule.Time::new),
        format.map(MatchingRule.Timestamp::new),
        Arbitraries.of("application/json", "image/png").map(MatchingRule.ContentType::new),
        Arbitraries.of("success", "clientError").map(c -> new MatchingRule.StatusCode(c, List.of())),
        Arbitraries.integers().between(100, 599).list().ofMaxSize(2)
            .map(codes -> new MatchingRule.StatusCode(null, codes)),
        json().map(value -> {
          ObjectNode definition = NODES.objectNode().put("match", "x-plugin");
          definition.set("value", value);
          return new MatchingRule.Unknown("x-plugin", definition);
        })));
  }

  static Arbitrary<Generators> generators() {
    Arbitrary<Map<String, Generator>> body = Arbitraries.maps(name().map(n -> "$." + n), generator()).ofMaxSize(2);
    Arbitrary<Generator> path = generator().injectNull(0.5);
    return Combinators.combine(body, path).as((b, p) -> {
      Map<Category, Map<String, Generator>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, b);
      categories.put(Category.PATH, p == null ? Map.of() : Map.of("", p));
      return new Generators(categories);
    });
  }

  private static Arbitrary<Generator> generator() {
    return Combinators.combine(Arbitraries.of("RandomInt", "Uuid", "ProviderState", "MockServerURL"),
            Arbitraries.maps(Arbitraries.of("min", "max", "expression", "format"), json()).ofMaxSize(2))
        .as(Generator::new);
  }
}

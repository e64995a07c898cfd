package dev.treaty.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

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
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generates contracts that V3 or V4 can express without loss: bodies typed as the reader would
 * type them, no Content-Type header (so body content types stand alone), single header values in
 * V3, and no mix of HTTP and messages in V3.
 */
final class ContractGenerators {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Nesting below the top of a generated JSON value; {@link #container()} adds one level. */
  private static final int JSON_DEPTH = 2;

  private final SpecVersion version;

  ContractGenerators(SpecVersion version) {
    this.version = version;
  }

  /** Printable ASCII, plus the characters JSON and XML writers must escape or encode. */
  static Gen<String> text() {
    return stringsOf(textCharacters(), 0, 8);
  }

  private static Gen<Character> textCharacters() {
    Gen<Character> special = Generate.pick(List.of('é', '€', '\n', '\t', '"'));
    return Generate.frequency(Pair.of(4, Generate.characters(' ', '~')), Pair.of(1, special));
  }

  static Gen<String> name() {
    return stringsOf(Generate.characters('a', 'z'), 1, 6);
  }

  static Gen<String> stringsOf(Gen<Character> chars, int minLength, int maxLength) {
    return lists().of(chars).ofSizeBetween(minLength, maxLength).map(list -> {
      StringBuilder text = new StringBuilder(list.size());
      list.forEach(text::append);
      return text.toString();
    });
  }

  /** Picks one of {@code generators}, each equally likely; shrinks towards the first. */
  static <T> Gen<T> oneOf(List<Gen<T>> generators) {
    Gen<Integer> index = Generate.range(0, generators.size() - 1);
    return in -> generators.get(index.generate(in)).generate(in);
  }

  /** {@code null} {@code percent}% of the time, otherwise a value of {@code values}. */
  static <T> Gen<T> orNull(Gen<T> values, int percent) {
    return values.toOptionals(percent).map(value -> value.orElse(null));
  }

  /** A leaf, or (at most {@link #JSON_DEPTH} levels down) an array or object of such values. */
  static Gen<JsonNode> json() {
    return tree(JSON_DEPTH);
  }

  private static Gen<JsonNode> tree(int depth) {
    Gen<JsonNode> leaves = oneOf(List.of(
        integers().all().map(NODES::numberNode),
        Generate.longRange(-1_000_000_000L, 1_000_000_000L).map(n -> NODES.numberNode(n / 1000.0)),
        text().map(NODES::textNode),
        Generate.pick(List.<JsonNode>of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode()))));
    if (depth == 0) {
      return leaves;
    }
    return leaves.mix(containers(tree(depth - 1)));
  }

  private static Gen<JsonNode> containers(Gen<JsonNode> elements) {
    Gen<JsonNode> arrays = lists().of(elements).ofSizeBetween(0, 3).map(list -> {
      var array = NODES.arrayNode();
      list.forEach(array::add);
      return array;
    });
    Gen<JsonNode> objects = maps().of(name(), elements).ofSizeBetween(0, 3).map(map -> {
      ObjectNode object = NODES.objectNode();
      map.forEach(object::set);
      return object;
    });
    return arrays.mix(objects);
  }

  /** An array or object whose members are {@link #json()} values. */
  static Gen<JsonNode> container() {
    return containers(json());
  }

  Gen<Contract> contracts() {
    Gen<List<Interaction>> interactions = version == SpecVersion.V4
        ? lists().of(oneOf(List.of(http(), message(), other()))).ofSizeBetween(0, 4)
        : lists().of(http()).ofSizeBetween(0, 4).mix(lists().of(message()).ofSizeBetween(0, 3));
    Gen<Map<String, JsonNode>> metadata =
        maps().of(Generate.pick(List.of("pact-jvm", "tool", "plugins")), json()).ofSizeBetween(0, 2);
    Gen<Map<String, JsonNode>> extensions =
        maps().of(Generate.pick(List.of("x-a", "x-b")), json()).ofSizeBetween(0, 2);
    Gen<String> names = name();
    return in -> new Contract(names.generate(in), names.generate(in), new ArrayList<>(interactions.generate(in)),
        version, withSpecVersion(metadata.generate(in)), extensions.generate(in));
  }

  private Map<String, JsonNode> withSpecVersion(Map<String, JsonNode> metadata) {
    Map<String, JsonNode> copy = new LinkedHashMap<>(metadata);
    copy.put("pactSpecification", NODES.objectNode().put("version", version.label()));
    return copy;
  }

  private Gen<Interaction> http() {
    Gen<String> methods = Generate.pick(List.of("GET", "POST", "PUT", "DELETE"));
    Gen<String> paths = name().map(n -> "/" + n);
    Gen<Query> queries = query();
    Gen<Headers> headers = headers();
    Gen<Body> bodies = body();
    Gen<MatchingRules> rules = rules();
    Gen<Generators> generators = generators();
    Gen<HttpRequest> requests = in -> new HttpRequest(methods.generate(in), paths.generate(in),
        queries.generate(in), headers.generate(in), bodies.generate(in), rules.generate(in),
        generators.generate(in));
    Gen<Integer> statuses = integers().between(100, 599);
    Gen<HttpResponse> responses = in -> new HttpResponse(statuses.generate(in), headers.generate(in),
        bodies.generate(in), rules.generate(in), generators.generate(in));
    Gen<String> descriptions = text();
    Gen<List<ProviderState>> states = states();
    Gen<Map<String, JsonNode>> extensions = extensions();
    return in -> new HttpInteraction(descriptions.generate(in), states.generate(in), requests.generate(in),
        responses.generate(in), extensions.generate(in));
  }

  private Gen<Interaction> message() {
    Gen<Body> bodies = body();
    Gen<Map<String, JsonNode>> metadata =
        maps().of(Generate.pick(List.of("topic", "key")), json()).ofSizeBetween(0, 2);
    Gen<MatchingRules> rules = rules();
    Gen<Generators> generators = generators();
    Gen<Message> messages = in -> new Message(bodies.generate(in), metadata.generate(in), rules.generate(in),
        generators.generate(in));
    Gen<String> descriptions = text();
    Gen<List<ProviderState>> states = states();
    Gen<Map<String, JsonNode>> extensions = extensions();
    return in -> new MessageInteraction(descriptions.generate(in), states.generate(in), messages.generate(in),
        extensions.generate(in));
  }

  private Gen<Interaction> other() {
    return text().zip(container(), (description, content) -> {
      ObjectNode raw = NODES.objectNode().put("type", "Synchronous/Messages").put("description", description);
      raw.set("request", content);
      return new OtherInteraction("Synchronous/Messages", description, List.of(), raw);
    });
  }

  private static Gen<List<ProviderState>> states() {
    Gen<ProviderState> states = text().zip(maps().of(name(), json()).ofSizeBetween(0, 2), ProviderState::new);
    return lists().of(states).ofSizeBetween(0, 2);
  }

  private static Gen<Map<String, JsonNode>> extensions() {
    return maps().of(Generate.pick(List.of("key", "pending", "comments", "x-note")), json()).ofSizeBetween(0, 2);
  }

  private static Gen<Query> query() {
    return maps().of(name(), lists().of(text()).ofSizeBetween(1, 2)).ofSizeBetween(0, 2).map(parameters -> new Query(parameters));
  }

  private Gen<Headers> headers() {
    int maxValues = version == SpecVersion.V4 ? 3 : 1;
    return maps().of(Generate.pick(List.of("Accept", "X-Request-Id", "X-Tags")),
            lists().of(text()).ofSizeBetween(1, maxValues))
        .ofSizeBetween(0, 2).map(Headers::new);
  }

  /** Bodies as the reader types them when no content type is declared outside the body. */
  Gen<Body> body() {
    List<Gen<Body>> bodies = new ArrayList<>(List.of(
        Generate.constant(Body.missing()),
        Generate.constant(new Body.Empty(null)),
        container().map(value -> new Body.Json(value, "application/json")),
        text().map(t -> new Body.Xml("<a>" + t + "</a>", "application/xml")),
        name().map(t -> new Body.Text(t, "text/plain"))));
    if (version == SpecVersion.V4) {
      bodies.add(json().map(value -> new Body.Json(value, "application/vnd.treaty+json")));
      bodies.add(stringsOf(textCharacters(), 1, 8).map(t -> new Body.Xml(t, "text/xml")));
      bodies.add(Generate.byteArrays(integers().between(1, 8), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
          .map(bytes -> new Body.Binary(bytes, "application/octet-stream")));
      bodies.add(Generate.pick(List.of("application/json", "text/plain")).map(Body.Empty::new));
    }
    return oneOf(bodies);
  }

  static Gen<MatchingRules> rules() {
    Gen<Map<String, RuleGroup>> body = maps().of(name().map(n -> "$." + n), groups()).ofSizeBetween(0, 2);
    Gen<Map<String, RuleGroup>> header = maps().of(name(), groups()).ofSizeBetween(0, 2);
    Gen<RuleGroup> path = orNull(groups(), 50);
    return in -> {
      Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, body.generate(in));
      categories.put(Category.HEADER, header.generate(in));
      RuleGroup pathGroup = path.generate(in);
      categories.put(Category.PATH, pathGroup == null ? Map.of() : Map.of("", pathGroup));
      return new MatchingRules(categories);
    };
  }

  private static Gen<RuleGroup> groups() {
    return lists().of(rule()).ofSizeBetween(1, 2).zip(Generate.enumValues(Combine.class), RuleGroup::new);
  }

  static Gen<MatchingRule> rule() {
    Gen<MatchingRule> simple = simpleRule();
    Gen<MatchingRule> nested = oneOf(List.of(
        lists().of(simple).ofSizeBetween(0, 2).map(rules -> new MatchingRule.EachKey(rules, null)),
        lists().of(simple).ofSizeBetween(0, 2).map(rules -> new MatchingRule.EachValue(rules, null)),
        lists().of(variant(simple)).ofSizeBetween(1, 2).map(MatchingRule.ArrayContains::new)));
    return Generate.frequency(Pair.of(5, simple), Pair.of(1, nested));
  }

  private static Gen<MatchingRule.ArrayContains.Variant> variant(Gen<MatchingRule> rules) {
    Gen<MatchingRules> variantRules = maps().of(name().map(n -> "$." + n), rules.map(rule -> RuleGroup.of(rule)))
        .ofSizeBetween(0, 2)
        .map(map -> new MatchingRules(Map.of(Category.BODY, map)));
    Gen<Generators> variantGenerators = maps().of(name().map(n -> "$." + n), generator())
        .ofSizeBetween(0, 1).map(map -> new Generators(Map.of(Category.BODY, map)));
    return integers().between(0, 5).zip(variantRules, variantGenerators, MatchingRule.ArrayContains.Variant::new);
  }

  private static Gen<MatchingRule> simpleRule() {
    Gen<Integer> bound = orNull(integers().between(0, 10), 50);
    Gen<String> format = orNull(Generate.pick(List.of("yyyy-MM-dd", "HH:mm")), 30);
    return oneOf(List.of(
        Generate.pick(List.of(new MatchingRule.Equality(), new MatchingRule.IntegerType(),
            new MatchingRule.DecimalType(), new MatchingRule.NumberType(), new MatchingRule.BooleanType(),
            new MatchingRule.NullValue(), new MatchingRule.Values(), new MatchingRule.NotEmpty(),
            new MatchingRule.Semver())),
        bound.zip(bound, MatchingRule.Type::new),
        text().map(MatchingRule.Regex::new),
        text().map(MatchingRule.Include::new),
        format.map(MatchingRule.Date::new),
        format.map(MatchingRule.Time::new),
        format.map(MatchingRule.Timestamp::new),
        Generate.pick(List.of("application/json", "image/png")).map(MatchingRule.ContentType::new),
        Generate.pick(List.of("success", "clientError")).map(c -> new MatchingRule.StatusCode(c, List.of())),
        lists().of(integers().between(100, 599)).ofSizeBetween(0, 2)
            .map(codes -> new MatchingRule.StatusCode(null, codes)),
        json().map(value -> {
          ObjectNode definition = NODES.objectNode().put("match", "x-plugin");
          definition.set("value", value);
          return new MatchingRule.Unknown("x-plugin", definition);
        })));
  }

  static Gen<Generators> generators() {
    Gen<Map<String, Generator>> body = maps().of(name().map(n -> "$." + n), generator()).ofSizeBetween(0, 2);
    Gen<Generator> path = orNull(generator(), 50);
    return body.zip(path, (b, p) -> {
      Map<Category, Map<String, Generator>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, b);
      categories.put(Category.PATH, p == null ? Map.of() : Map.of("", p));
      return new Generators(categories);
    });
  }

  /** One record of each kind the reader makes, and unknown types with arbitrary attributes. */
  private static Gen<Generator> generator() {
    Gen<Integer> bound = orNull(integers().between(-5, 100), 40);
    Gen<String> format = orNull(Generate.pick(List.of("yyyy-MM-dd", "HH:mm", "simple")), 40);
    Gen<String> expression = orNull(Generate.pick(List.of("+ 1 day", "@ noon", "${id}")), 40);
    return oneOf(List.of(
        bound.zip(bound, Generator.RandomInt::new),
        bound.map(Generator.RandomDecimal::new),
        bound.map(Generator.RandomString::new),
        format.map(Generator.Uuid::new),
        format.zip(expression, Generator.DateTime::new),
        format.zip(expression, Generator.Date::new),
        name().zip(orNull(Generate.pick(List.of("INTEGER", "STRING")), 50), Generator.ProviderState::new),
        name().zip(name(), Generator.MockServerURL::new),
        Generate.pick(List.of("ArrayContains", "PluginGenerator"))
            .zip(maps().of(Generate.pick(List.of("min", "max", "expression", "format")), json()).ofSizeBetween(0, 2),
                Generator.Unknown::new)));
  }
}

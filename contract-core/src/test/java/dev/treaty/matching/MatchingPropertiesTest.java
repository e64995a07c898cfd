package dev.treaty.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.Generators;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class MatchingPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final MatchingEngine engine = MatchingEngine.create();

  @Property(tries = 300)
  void anyJsonValueMatchesItselfWithoutRules(@ForAll("json") JsonNode value) {
    HttpResponse response = HttpResponse.of(200).withBody(Body.json(value));
    assertThat(engine.matchResponse(response, response).mismatches()).isEmpty();
    HttpRequest request = HttpRequest.of("POST", "/").withBody(Body.json(value));
    assertThat(engine.matchRequest(request, request).mismatches()).isEmpty();
  }

  @Property(tries = 300)
  void aValueMatchesATypeRuleBuiltFromItself(@ForAll("json") JsonNode value) {
    MatchingRules rules = MatchingRules.EMPTY.with(Category.BODY, "$", RuleGroup.of(MatchingRule.Type.any()));
    HttpResponse expected = HttpResponse.of(200).withBody(Body.json(value)).withMatchingRules(rules);
    assertThat(engine.matchResponse(expected, HttpResponse.of(200).withBody(Body.json(value))).mismatches())
        .isEmpty();
  }

  @Property(tries = 500)
  void matchingNeverThrowsOnArbitraryTreesAndRules(
      @ForAll("json") JsonNode expected, @ForAll("json") JsonNode actual, @ForAll("rules") MatchingRules rules) {
    HttpResponse e = HttpResponse.of(200).withBody(Body.json(expected)).withMatchingRules(rules);
    MatchResult response = engine.matchResponse(e, HttpResponse.of(200).withBody(Body.json(actual)));
    HttpRequest r = HttpRequest.of("POST", "/").withBody(Body.json(expected)).withMatchingRules(rules);
    MatchResult request = engine.matchRequest(r, HttpRequest.of("POST", "/").withBody(Body.json(actual)));
    assertThat(response.mismatches()).allSatisfy(m -> assertThat(m.path()).startsWith("$"));
    assertThat(request.mismatches()).allSatisfy(m -> assertThat(m.expected()).isNotBlank());
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return tree(3);
  }

  private Arbitrary<JsonNode> tree(int depth) {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(6).map(s -> (JsonNode) TextNode.valueOf(s)),
        Arbitraries.integers().between(-1000, 1000).map(i -> (JsonNode) IntNode.valueOf(i)),
        Arbitraries.doubles().between(-1e6, 1e6).map(d -> (JsonNode) DoubleNode.valueOf(d)),
        Arbitraries.of(true, false).map(b -> (JsonNode) BooleanNode.valueOf(b)),
        Arbitraries.just((JsonNode) NullNode.instance));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> tree(depth - 1));
    Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(list -> {
      ArrayNode a = NODES.arrayNode();
      list.forEach(a::add);
      return a;
    });
    Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.of("a", "b", "c", "id", "x y"), child).ofMaxSize(4)
        .map(map -> {
          ObjectNode o = NODES.objectNode();
          map.forEach(o::set);
          return o;
        });
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(1, object));
  }

  @Provide
  Arbitrary<MatchingRules> rules() {
    Arbitrary<String> paths = Arbitraries.of("$", "$.a", "$[*]", "$.*", "$[0]", "$.a[*].b", "$['x y']", "$.*.*",
        "$[1].id", "abc[", "", "$..a", "$[*].c[*]");
    Arbitrary<RuleGroup> groups = Arbitraries.oneOf(matcher().list().ofMinSize(1).ofMaxSize(3), Arbitraries.just(List.<MatchingRule>of()))
        .flatMap(list -> Arbitraries.of(Combine.values()).map(c -> new RuleGroup(list, c)));
    return Arbitraries.maps(paths, groups).ofMaxSize(4).map(map -> {
      Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, map);
      return new MatchingRules(categories);
    });
  }

  private Arbitrary<MatchingRule> matcher() {
    Arbitrary<Integer> limit = Arbitraries.integers().between(0, 3).injectNull(0.5);
    return Arbitraries.oneOf(
        Arbitraries.just(new MatchingRule.Equality()),
        limit.flatMap(min -> limit.map(max -> new MatchingRule.Type(min, max))),
        Arbitraries.of("\\d+", "(", ".*", "[a-z]+").map(MatchingRule.Regex::new),
        Arbitraries.of(new MatchingRule.IntegerType(), new MatchingRule.DecimalType(), new MatchingRule.NumberType(),
            new MatchingRule.BooleanType(), new MatchingRule.NullValue(), new MatchingRule.Values(),
            new MatchingRule.NotEmpty(), new MatchingRule.Semver(), new MatchingRule.Include("a"),
            new MatchingRule.Date("yyyy-MM-dd"), new MatchingRule.Time("'bad"), new MatchingRule.Timestamp(null),
            new MatchingRule.ContentType("application/json"), new MatchingRule.StatusCode("success", null),
            new MatchingRule.EachKey(List.of(new MatchingRule.Regex("[a-z]"))),
            new MatchingRule.EachValue(List.of(MatchingRule.Type.any())),
            new MatchingRule.ArrayContains(List.of(new MatchingRule.ArrayContains.Variant(0, null, Generators.EMPTY),
                new MatchingRule.ArrayContains.Variant(5, null, null))),
            new MatchingRule.Unknown("mystery", NODES.objectNode())));
  }
}

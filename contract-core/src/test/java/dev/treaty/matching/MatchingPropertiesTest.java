package dev.treaty.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

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
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

// QuickTheories properties: random seed, reported on failure; see README.md, "Property tests".
class MatchingPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final MatchingEngine engine = MatchingEngine.create();

  @Test
  void anyJsonValueMatchesItselfWithoutRules() {
    qt().withExamples(450).forAll(json()).checkAssert(value -> {
      HttpResponse response = HttpResponse.of(200).withBody(Body.json(value));
      assertThat(engine.matchResponse(response, response).mismatches()).isEmpty();
      HttpRequest request = HttpRequest.of("POST", "/").withBody(Body.json(value));
      assertThat(engine.matchRequest(request, request).mismatches()).isEmpty();
    });
  }

  @Test
  void aValueMatchesATypeRuleBuiltFromItself() {
    MatchingRules rules = MatchingRules.EMPTY.with(Category.BODY, "$", RuleGroup.of(MatchingRule.Type.any()));
    qt().withExamples(450).forAll(json()).checkAssert(value -> {
      HttpResponse expected = HttpResponse.of(200).withBody(Body.json(value)).withMatchingRules(rules);
      assertThat(engine.matchResponse(expected, HttpResponse.of(200).withBody(Body.json(value))).mismatches())
          .isEmpty();
    });
  }

  @Test
  void matchingNeverThrowsOnArbitraryTreesAndRules() {
    qt().withExamples(550).forAll(json(), json(), rules()).checkAssert((expected, actual, rules) -> {
      HttpResponse e = HttpResponse.of(200).withBody(Body.json(expected)).withMatchingRules(rules);
      MatchResult response = engine.matchResponse(e, HttpResponse.of(200).withBody(Body.json(actual)));
      HttpRequest r = HttpRequest.of("POST", "/").withBody(Body.json(expected)).withMatchingRules(rules);
      MatchResult request = engine.matchRequest(r, HttpRequest.of("POST", "/").withBody(Body.json(actual)));
      assertThat(response.mismatches()).allSatisfy(m -> assertThat(m.path()).startsWith("$"));
      assertThat(request.mismatches()).allSatisfy(m -> assertThat(m.expected()).isNotBlank());
    });
  }

  private static Gen<JsonNode> json() {
    return tree(3);
  }

  private static Gen<JsonNode> tree(int depth) {
    Gen<String> anyText = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 6)
        .mix(strings().allPossible().ofLengthBetween(0, 6), 25);
    Gen<Double> scaled = Generate.longRange(-100_000_000L, 100_000_000L).map(n -> n / 100.0);
    Gen<JsonNode> leaf = oneOf(List.of(
        anyText.map(TextNode::valueOf),
        integers().between(-1000, 1000).map(IntNode::valueOf),
        scaled.mix(doubles().between(-1e6, 1e6)).map(DoubleNode::valueOf),
        booleans().all().map(BooleanNode::valueOf),
        Generate.constant(NullNode.instance)));
    if (depth == 0) {
      return leaf;
    }
    Gen<JsonNode> child = tree(depth - 1);
    Gen<JsonNode> array = lists().of(child).ofSizeBetween(0, 4).map(list -> {
      ArrayNode a = NODES.arrayNode();
      list.forEach(a::add);
      return a;
    });
    Gen<JsonNode> object = maps().of(Generate.pick(List.of("a", "b", "c", "id", "x y")), child).ofSizeBetween(0, 4)
        .map(map -> {
          ObjectNode o = NODES.objectNode();
          map.forEach(o::set);
          return o;
        });
    return Generate.frequency(Pair.of(3, leaf), Pair.of(1, array), Pair.of(1, object));
  }

  private static Gen<MatchingRules> rules() {
    Gen<String> paths = Generate.pick(List.of("$", "$.a", "$[*]", "$.*", "$[0]", "$.a[*].b", "$['x y']", "$.*.*",
        "$[1].id", "abc[", "", "$..a", "$[*].c[*]"));
    Gen<RuleGroup> groups = lists().of(matcher()).ofSizeBetween(1, 3)
        .mix(Generate.constant(List.<MatchingRule>of()))
        .zip(Generate.enumValues(Combine.class), RuleGroup::new);
    return maps().of(paths, groups).ofSizeBetween(0, 4).map(map -> {
      Map<Category, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
      categories.put(Category.BODY, map);
      return new MatchingRules(categories);
    });
  }

  private static Gen<MatchingRule> matcher() {
    Gen<Integer> limit = integers().between(0, 3).toOptionals(50).map(value -> value.orElse(null));
    return oneOf(List.of(
        Generate.constant(new MatchingRule.Equality()),
        limit.zip(limit, MatchingRule.Type::new),
        Generate.pick(List.of("\\d+", "(", ".*", "[a-z]+")).map(MatchingRule.Regex::new),
        Generate.pick(List.of(new MatchingRule.IntegerType(), new MatchingRule.DecimalType(), new MatchingRule.NumberType(),
            new MatchingRule.BooleanType(), new MatchingRule.NullValue(), new MatchingRule.Values(),
            new MatchingRule.NotEmpty(), new MatchingRule.Semver(), new MatchingRule.Include("a"),
            new MatchingRule.Date("yyyy-MM-dd"), new MatchingRule.Time("'bad"), new MatchingRule.Timestamp(null),
            new MatchingRule.ContentType("application/json"), new MatchingRule.StatusCode("success", null),
            new MatchingRule.EachKey(List.of(new MatchingRule.Regex("[a-z]"))),
            new MatchingRule.EachValue(List.of(MatchingRule.Type.any())),
            new MatchingRule.ArrayContains(List.of(new MatchingRule.ArrayContains.Variant(0, null, Generators.EMPTY),
                new MatchingRule.ArrayContains.Variant(5, null, null))),
            new MatchingRule.Unknown("mystery", NODES.objectNode())))));
  }

  /** Picks one of {@code generators}, each equally likely. */
  private static <T> Gen<T> oneOf(List<Gen<T>> generators) {
    Gen<Integer> index = Generate.range(0, generators.size() - 1);
    return in -> generators.get(index.generate(in)).generate(in);
  }
}

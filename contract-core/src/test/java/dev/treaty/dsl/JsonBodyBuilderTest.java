package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.integerType;
import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.jsonArray;
import static dev.treaty.dsl.ContractDsl.jsonEachLike;
import static dev.treaty.dsl.ContractDsl.like;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.MatchingEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON body builders: examples, rules at JSON paths, and that the engine honours them. */
class JsonBodyBuilderTest {

  @Test
  void eachLikeWritesMinCopiesAndRulesWithWildcardPaths() {
    JsonBody body = json(o -> o
        .integerType("id", 42)
        .stringValue("status", "OPEN")
        .eachLike("items", 2, item -> item.stringType("sku", "A-1").decimalType("price", 12.5)));

    assertThat(body.example().toString()).isEqualTo(
        "{\"id\":42,\"status\":\"OPEN\",\"items\":[{\"sku\":\"A-1\",\"price\":12.5},{\"sku\":\"A-1\",\"price\":12.5}]}");
    assertThat(body.rules()).containsOnlyKeys("$.id", "$.items", "$.items[*].sku", "$.items[*].price");
    assertThat(body.rules().get("$.items")).isEqualTo(RuleGroup.of(new MatchingRule.Type(2, null)));
    assertThat(body.rules().get("$.items[*].price")).isEqualTo(RuleGroup.of(new MatchingRule.DecimalType()));
  }

  @Test
  void everyValueMatcherLandsAtItsPath() {
    JsonBody body = json(o -> o
        .equalTo("kind", "order")
        .typeOf("any", Map.of("a", 1))
        .stringType("name", "Mary")
        .integerType("count", 3)
        .decimalType("price", 1.5)
        .numberType("amount", 7)
        .booleanType("paid", true)
        .stringMatching("code", "[A-Z]{3}", "ABC")
        .date("day", "yyyy-MM-dd", "2024-02-29")
        .time("at", "HH:mm", "13:45")
        .datetime("when", "yyyy-MM-dd'T'HH:mm:ss", "2024-02-29T13:45:00")
        .include("text", "lo", "hello")
        .nullValue("nothing")
        .nullable("maybe", "x")
        .notEmpty("tags", List.of("a"))
        .semver("version", "1.2.3")
        .uuid("uuid", "123e4567-e89b-12d3-a456-426614174000"));

    Map<String, RuleGroup> rules = body.rules();
    assertThat(rules.get("$.kind")).isEqualTo(RuleGroup.of(new MatchingRule.Equality()));
    assertThat(rules.get("$.any")).isEqualTo(RuleGroup.of(MatchingRule.Type.any()));
    assertThat(rules.get("$.name")).isEqualTo(RuleGroup.of(MatchingRule.Type.any()));
    assertThat(rules.get("$.count")).isEqualTo(RuleGroup.of(new MatchingRule.IntegerType()));
    assertThat(rules.get("$.price")).isEqualTo(RuleGroup.of(new MatchingRule.DecimalType()));
    assertThat(rules.get("$.amount")).isEqualTo(RuleGroup.of(new MatchingRule.NumberType()));
    assertThat(rules.get("$.paid")).isEqualTo(RuleGroup.of(new MatchingRule.BooleanType()));
    assertThat(rules.get("$.code")).isEqualTo(RuleGroup.of(new MatchingRule.Regex("[A-Z]{3}")));
    assertThat(rules.get("$.day")).isEqualTo(RuleGroup.of(new MatchingRule.Date("yyyy-MM-dd")));
    assertThat(rules.get("$.at")).isEqualTo(RuleGroup.of(new MatchingRule.Time("HH:mm")));
    assertThat(rules.get("$.when")).isEqualTo(RuleGroup.of(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss")));
    assertThat(rules.get("$.text")).isEqualTo(RuleGroup.of(new MatchingRule.Include("lo")));
    assertThat(rules.get("$.nothing")).isEqualTo(RuleGroup.of(new MatchingRule.NullValue()));
    assertThat(rules.get("$.maybe").combine()).isEqualTo(Combine.OR);
    assertThat(rules.get("$.maybe").rules()).containsExactly(MatchingRule.Type.any(), new MatchingRule.NullValue());
    assertThat(rules.get("$.tags")).isEqualTo(RuleGroup.of(new MatchingRule.NotEmpty()));
    assertThat(rules.get("$.version")).isEqualTo(RuleGroup.of(new MatchingRule.Semver()));
    assertThat(rules.get("$.uuid").rules().get(0)).isInstanceOf(MatchingRule.Regex.class);
    assertThat(body.example().get("nothing").isNull()).isTrue();
    assertThat(body.example().get("price").decimalValue()).isEqualByComparingTo("1.5");
  }

  @Test
  void fieldNamesThatAreNotIdentifiersAreBracketed() {
    JsonBody body = json(o -> o.object("a b", inner -> inner.integerType("x.y", 1)));

    assertThat(body.rules()).containsOnlyKeys("$['a b']['x.y']");
  }

  @Test
  void arraysNumberTheirElements() {
    JsonBody body = jsonArray(a -> a.stringType("first").object(o -> o.booleanType("ok", true)).exactly(3));

    assertThat(body.example().toString()).isEqualTo("[\"first\",{\"ok\":true},3]");
    assertThat(body.rules()).containsOnlyKeys("$[0]", "$[1].ok");
  }

  @Test
  void rootEachLikeAndValueEachLikeUseTypeWithBounds() {
    JsonBody root = jsonEachLike(1, o -> o.integerType("id", 1));
    JsonBody values = json(o -> o.eachLike("ids", 0, integerType(5)));
    JsonBody bounded = json(o -> o.eachLike("ids", 1, 3, i -> i.integerType("id", 5)));

    assertThat(root.rules()).containsEntry("$", RuleGroup.of(new MatchingRule.Type(1, null)))
        .containsKey("$[*].id");
    assertThat(values.example().toString()).isEqualTo("{\"ids\":[5]}");
    assertThat(values.rules()).containsEntry("$.ids", RuleGroup.of(new MatchingRule.Type(0, null)))
        .containsEntry("$.ids[*]", RuleGroup.of(new MatchingRule.IntegerType()));
    assertThat(bounded.rules()).containsEntry("$.ids", RuleGroup.of(new MatchingRule.Type(1, 3)));
  }

  @Test
  void arrayContainingKeepsRulesPerVariant() {
    JsonBody body = json(o -> o.arrayContaining("events", a -> a
        .object(e -> e.equalTo("type", "created").integerType("id", 1))
        .object(e -> e.equalTo("type", "paid"))));

    MatchingRule.ArrayContains rule = (MatchingRule.ArrayContains) body.rules().get("$.events").rules().get(0);
    assertThat(rule.variants()).hasSize(2);
    assertThat(rule.variants().get(0).index()).isZero();
    assertThat(rule.variants().get(0).rules().get(Category.BODY)).containsOnlyKeys("$.type", "$.id");
    assertThat(rule.variants().get(1).index()).isEqualTo(1);
    assertThat(body.example().get("events")).hasSize(2);
  }

  @Test
  void eachKeyAndEachValueRulesSitOnTheMap() {
    JsonBody body = json(o -> o
        .eachKeyMatching("prices", "[A-Z]-\\d+", p -> p.decimalType("A-1", 1.5))
        .eachValueLike("stock", "A-1", integerType(3)));

    assertThat(body.rules().get("$.prices").rules())
        .containsExactly(new MatchingRule.EachKey(List.of(new MatchingRule.Regex("[A-Z]-\\d+"))));
    assertThat(body.rules().get("$.stock").rules())
        .containsExactly(new MatchingRule.EachValue(List.of(new MatchingRule.IntegerType())));
    assertThat(body.example().toString()).isEqualTo("{\"prices\":{\"A-1\":1.5},\"stock\":{\"A-1\":3}}");
  }

  record Item(String sku, int quantity) {}

  record Order(long id, String customer, List<Item> items, List<String> notes) {}

  @Test
  void likeTurnsARecordIntoTypeRulesWithEachLikeArrays() {
    JsonBody body = like(new Order(42, "Mary", List.of(new Item("A-1", 2)), List.of()));

    assertThat(body.example().toString())
        .isEqualTo("{\"id\":42,\"customer\":\"Mary\",\"items\":[{\"sku\":\"A-1\",\"quantity\":2}],\"notes\":[]}");
    assertThat(body.rules()).containsOnlyKeys("$.id", "$.customer", "$.items", "$.items[*].sku",
        "$.items[*].quantity", "$.notes");
    assertThat(body.rules().get("$.items")).isEqualTo(RuleGroup.of(new MatchingRule.Type(1, null)));
  }

  @Test
  void engineAcceptsOtherValuesThatFollowTheRules() throws Exception {
    JsonBody body = json(o -> o.integerType("id", 42).nullable("note", "x")
        .eachLike("items", item -> item.stringType("sku", "A-1").decimalType("price", 12.5)));
    String other = "{\"id\":7,\"note\":null,\"items\":[{\"sku\":\"B\",\"price\":1.25},{\"sku\":\"C\",\"price\":2.5}]}";

    assertThat(matchResponse(body, other).matched()).isTrue();
  }

  @Test
  void engineRejectsValuesThatBreakTheRules() throws Exception {
    JsonBody body = like(new Order(42, "Mary", List.of(new Item("A-1", 2)), List.of()));
    String other = "{\"id\":7,\"customer\":\"Bo\",\"items\":[],\"notes\":[]}";

    MatchResult result = matchResponse(body, other);

    assertThat(result.mismatches()).extracting(m -> m.path()).containsExactly("$.items");
  }

  private static MatchResult matchResponse(JsonBody body, String actualJson) throws Exception {
    HttpResponse expected = new HttpResponse(200, null, body.body(), body.addRulesTo(dev.treaty.contract.MatchingRules.EMPTY), null);
    HttpResponse actual = HttpResponse.of(200).withBody(Body.json(new ObjectMapper().readTree(actualJson)));
    return MatchingEngine.create().matchResponse(expected, actual);
  }
}

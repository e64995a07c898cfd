package dev.treaty.matching;

import static dev.treaty.matching.MatchingFixtures.bodyRule;
import static dev.treaty.matching.MatchingFixtures.json;
import static dev.treaty.matching.MatchingFixtures.request;
import static dev.treaty.matching.MatchingFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Category;
import dev.treaty.contract.Combine;
import dev.treaty.contract.Generators;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingEngineJsonBodyTest {
  private final MatchingEngine engine = MatchingEngine.create();

  private List<Mismatch> respond(String expected, MatchingRules rules, String actual) {
    return engine.matchResponse(response(expected).withMatchingRules(rules), response(actual)).mismatches();
  }

  @Test
  void typeRuleReportsNumberExpectedWithExampleAndActualString() {
    List<Mismatch> m = respond("{'items':[{'price':12.5}]}", bodyRule("$.items[*].price", MatchingRule.Type.any()),
        "{'items':[{'price':'12.5'}]}");
    assertThat(m).containsExactly(new Mismatch(Part.BODY, "$.items[0].price",
        "a number (type match), example 12.5", "\"12.5\" (string)", "type"));
  }

  @Test
  void missingKeyIsReportedAtTheActualLocation() {
    List<Mismatch> m = respond("{'id':42,'name':'x'}", MatchingRules.EMPTY, "{'id':42}");
    assertThat(m).containsExactly(new Mismatch(Part.BODY, "$.name", "\"x\" (string)", "nothing (key missing)",
        "equality"));
  }

  @Test
  void missingKeyInAResponseNamesTheKeysThatArrivedInstead() {
    List<Mismatch> m = respond("{'id':42,'totalPrice':25.5}", MatchingRules.EMPTY,
        "{'id':42,'total_price':25.5,'currency':'EUR'}");
    assertThat(m).containsExactly(new Mismatch(Part.BODY, "$.totalPrice", "25.5 (number)",
        "nothing (key missing; unexpected keys here: \"total_price\", \"currency\")", "equality"));
  }

  @Test
  void missingKeyUnderARuleDescribesTheRule() {
    List<Mismatch> m = respond("{'price':12.5}", bodyRule("$.price", MatchingRule.Type.any()), "{}");
    assertThat(m).containsExactly(new Mismatch(Part.BODY, "$.price", "a number (type match), example 12.5",
        "nothing (key missing)", "type"));
  }

  @Test
  void unexpectedKeyFailsARequestButPassesAResponse() {
    assertThat(respond("{'id':42}", MatchingRules.EMPTY, "{'id':42,'extra':true}")).isEmpty();
    MatchResult r = engine.matchRequest(request("{'id':42}"), request("{'id':42,'extra':true}"));
    assertThat(r.mismatches()).singleElement().satisfies(mm -> {
      assertThat(mm.path()).isEqualTo("$.extra");
      assertThat(mm.actual()).isEqualTo("true (boolean)");
    });
  }

  @Test
  void regexRuleDescribesPatternAndExample() {
    List<Mismatch> m = respond("{'id':'42'}", bodyRule("$.id", new MatchingRule.Regex("\\d+")), "{'id':'4x'}");
    assertThat(m).extracting(Mismatch::expected).containsExactly("a string matching /\\d+/ (regex), example \"42\"");
  }

  @Test
  void arrayShorterThanMinFailsWithPath() {
    List<Mismatch> m = respond("{'tags':['a']}", bodyRule("$.tags", new MatchingRule.Type(2, null)),
        "{'tags':['b']}");
    assertThat(m).singleElement().satisfies(mm -> {
      assertThat(mm.path()).isEqualTo("$.tags");
      assertThat(mm.expected()).startsWith("an array with at least 2 elements (type match)");
      assertThat(mm.actual()).isEqualTo("[\"b\"] (array, 1 element)");
    });
  }

  @Test
  void arrayLongerThanMaxFails() {
    assertThat(respond("[1]", bodyRule("$", new MatchingRule.Type(null, 2)), "[1,2,3]")).hasSize(1);
    assertThat(respond("[1]", bodyRule("$", new MatchingRule.Type(null, 3)), "[1,2,3]")).isEmpty();
  }

  @Test
  void typeRuleOnArrayComparesEveryElementWithTheExample() {
    List<Mismatch> m = respond("[{'n':1}]", bodyRule("$", new MatchingRule.Type(1, null)), "[{'n':2},{'n':'x'}]");
    assertThat(m).extracting(Mismatch::path).containsExactly("$[1].n");
  }

  @Test
  void arraysWithoutRulesMustHaveTheSameLength() {
    assertThat(respond("[1,2]", MatchingRules.EMPTY, "[1]")).extracting(Mismatch::actual)
        .containsExactly("nothing (index missing)");
    assertThat(respond("[1]", MatchingRules.EMPTY, "[1,2]")).extracting(Mismatch::path).containsExactly("$[1]");
  }

  @Test
  void mostSpecificRuleWinsOverInheritedOne() {
    MatchingRules rules = bodyRule("$.items", MatchingRule.Type.any())
        .with(Category.BODY, "$.items[*].id", RuleGroup.of(new MatchingRule.Equality()));
    assertThat(respond("{'items':[{'id':1,'n':'a'}]}", rules, "{'items':[{'id':1,'n':'b'},{'id':2,'n':'c'}]}"))
        .extracting(Mismatch::path, Mismatch::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("$.items[1].id", "equality"));
  }

  @Test
  void combineOrPassesWhenAnyMatcherPasses() {
    MatchingRules rules = MatchingRules.EMPTY.with(Category.BODY, "$.v",
        new RuleGroup(List.of(new MatchingRule.IntegerType(), new MatchingRule.NullValue()), Combine.OR));
    assertThat(respond("{'v':1}", rules, "{'v':null}")).isEmpty();
    assertThat(respond("{'v':1}", rules, "{'v':'x'}")).singleElement()
        .extracting(Mismatch::rule).isEqualTo("integer or null");
  }

  @Test
  void combineAndReportsEveryFailingMatcher() {
    MatchingRules rules = MatchingRules.EMPTY.with(Category.BODY, "$.v",
        RuleGroup.of(new MatchingRule.Regex("a+"), new MatchingRule.Include("b")));
    assertThat(respond("{'v':'ab'}", rules, "{'v':'c'}")).extracting(Mismatch::rule)
        .containsExactly("regex", "include");
  }

  @Test
  void valuesRuleIgnoresKeysAndComparesValuesByExample() {
    assertThat(respond("{'a':{'n':1}}", bodyRule("$", new MatchingRule.Values()), "{'x':{'n':2},'y':{'n':3}}"))
        .isEmpty();
    assertThat(respond("{'a':{'n':1}}", bodyRule("$", new MatchingRule.Values()), "{'x':{'n':'2'}}"))
        .extracting(Mismatch::path).containsExactly("$.x.n");
  }

  @Test
  void eachKeyChecksEveryKey() {
    MatchingRules rules = bodyRule("$", new MatchingRule.EachKey(List.of(new MatchingRule.Regex("[a-z]+"))));
    assertThat(respond("{'a':1}", rules, "{'a':1,'b2':1}")).extracting(Mismatch::path).containsExactly("$.b2");
  }

  @Test
  void eachValueChecksEveryValue() {
    MatchingRules rules = bodyRule("$", new MatchingRule.EachValue(List.of(new MatchingRule.IntegerType())));
    assertThat(respond("{'a':1}", rules, "{'x':1,'y':1.5}")).extracting(Mismatch::path).containsExactly("$.y");
    assertThat(respond("[1]", rules, "[1,2,'3']")).extracting(Mismatch::path).containsExactly("$[2]");
  }

  @Test
  void arrayContainsNeedsAnElementForEachVariantUsingTheVariantsRules() {
    MatchingRules variantRules = bodyRule("$.id", new MatchingRule.IntegerType());
    MatchingRules rules = bodyRule("$.items", new MatchingRule.ArrayContains(List.of(
        new MatchingRule.ArrayContains.Variant(0, variantRules, Generators.EMPTY),
        new MatchingRule.ArrayContains.Variant(1, MatchingRules.EMPTY, Generators.EMPTY))));
    String expected = "{'items':[{'id':1},{'kind':'b'}]}";
    assertThat(respond(expected, rules, "{'items':[{'kind':'b'},{'x':0},{'id':99}]}")).isEmpty();
    assertThat(respond(expected, rules, "{'items':[{'id':99}]}")).singleElement().satisfies(mm -> {
      assertThat(mm.rule()).isEqualTo("arrayContains");
      assertThat(mm.expected()).isEqualTo("an array containing an element like {\"kind\":\"b\"} (arrayContains)");
    });
  }

  @Test
  void notEmptyRejectsEmptyStringsAndArrays() {
    assertThat(respond("{'v':'x'}", bodyRule("$.v", new MatchingRule.NotEmpty()), "{'v':''}")).hasSize(1);
    assertThat(respond("{'v':[1]}", bodyRule("$.v", new MatchingRule.NotEmpty()), "{'v':[]}")).hasSize(1);
    assertThat(respond("{'v':'x'}", bodyRule("$.v", new MatchingRule.NotEmpty()), "{'v':'y'}")).isEmpty();
  }

  @Test
  void unknownMatcherIsAlwaysAMismatchNamingIt() {
    MatchingRules rules = bodyRule("$.v", new MatchingRule.Unknown("protobufField",
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    assertThat(respond("{'v':1}", rules, "{'v':1}")).singleElement().satisfies(mm -> {
      assertThat(mm.rule()).isEqualTo("protobufField");
      assertThat(mm.expected()).contains("\"protobufField\"");
    });
  }

  @Test
  void numbersCompareByValue() {
    assertThat(respond("{'v':1}", MatchingRules.EMPTY, "{'v':1.0}")).isEmpty();
    assertThat(respond("{'v':1}", MatchingRules.EMPTY, "{'v':2}")).hasSize(1);
  }

  @Test
  void bracketPathsWithQuotedFieldsSelectRules() {
    MatchingRules rules = bodyRule("$['first name']", new MatchingRule.Type(null, null));
    assertThat(respond("{'first name':'a'}", rules, "{'first name':'b'}")).isEmpty();
    assertThat(respond("{'first name':'a'}", MatchingRules.EMPTY, "{'first name':'b'}"))
        .extracting(Mismatch::path).containsExactly("$['first name']");
  }

  @Test
  void rulesAreCompiledOncePerRulesInstanceAndStillApplyToNewBodies() {
    MatchingRules rules = bodyRule("$.id", new MatchingRule.IntegerType());
    HttpResponse expected = response("{'id':1}").withMatchingRules(rules);
    for (int i = 0; i < 3; i++) {
      assertThat(engine.matchResponse(expected, response("{'id':" + i + "}")).matched()).isTrue();
    }
    assertThat(engine.matchResponse(expected, response("{'id':'x'}")).matched()).isFalse();
  }

  @Test
  void jsonValueAtRootMatchesEqualValue() {
    assertThat(respond("'text'", MatchingRules.EMPTY, "'text'")).isEmpty();
    assertThat(json("1").isNumber()).isTrue();
  }
}

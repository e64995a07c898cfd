package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Category;
import dev.treaty.contract.Contract;
import dev.treaty.contract.Generator;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.RuleGroup;
import dev.treaty.contract.SpecVersion;
import dev.treaty.generate.GeneratorContext;
import dev.treaty.generate.GeneratorEngine;
import dev.treaty.json.PactReader;
import dev.treaty.json.PactWriter;
import dev.treaty.matching.MatchingEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DSL's generated values: each writes its rule, generator and a fixed example, survives the
 * pact file round trip, and the engine's values for it satisfy its own rule.
 */
class GeneratedValuesDslTest {
  private static final GeneratorEngine ENGINE =
      GeneratorEngine.create(Clock.fixed(Instant.parse("2000-01-01T10:00:00Z"), ZoneOffset.UTC));

  private static final String REF_EXAMPLE = ((dev.treaty.contract.Body.Json) http("x").request(r -> r.get("/"))
      .response(r -> r.body(json(o -> o.stringMatching("ref", "[A-Z]{3}-\\d{4}")))).build().response().body())
      .value().get("ref").textValue();

  private static HttpInteraction orders() {
    return http("an order").request(r -> r.get("/orders/1")).response(r -> r.status(200).body(json(o -> o
        .uuid("id")
        .randomInt("count", 1, 9)
        .randomDecimal("price", 5)
        .randomHexadecimal("hash", 6)
        .randomString("code", 4)
        .randomBoolean("paid")
        .stringMatching("ref", "[A-Z]{3}-\\d{4}")
        .date("day", "yyyy-MM-dd")
        .time("at", "HH:mm:ss")
        .datetime("now", "yyyy-MM-dd'T'HH:mm:ss")
        .dateExpression("due", "yyyy-MM-dd", "next monday")
        .timeExpression("opens", "HH:mm", "@ noon")
        .datetimeExpression("createdAt", "yyyy-MM-dd'T'HH:mm:ss", "+ 1 day @ midnight")))).build();
  }

  @Test
  void eachGeneratedValueWritesItsRuleGeneratorAndAFixedExample() {
    HttpResponse response = orders().response();
    var rules = response.matchingRules().get(Category.BODY);
    var generators = response.generators().get(Category.BODY);

    assertThat(generators).containsEntry("$.id", new Generator.Uuid(null))
        .containsEntry("$.count", new Generator.RandomInt(1, 9))
        .containsEntry("$.price", new Generator.RandomDecimal(5))
        .containsEntry("$.hash", new Generator.RandomHexadecimal(6))
        .containsEntry("$.code", new Generator.RandomString(4))
        .containsEntry("$.paid", new Generator.RandomBoolean())
        .containsEntry("$.ref", new Generator.Regex("[A-Z]{3}-\\d{4}"))
        .containsEntry("$.day", new Generator.Date("yyyy-MM-dd", null))
        .containsEntry("$.at", new Generator.Time("HH:mm:ss", null))
        .containsEntry("$.now", new Generator.DateTime("yyyy-MM-dd'T'HH:mm:ss", null))
        .containsEntry("$.due", new Generator.Date("yyyy-MM-dd", "next monday"))
        .containsEntry("$.opens", new Generator.Time("HH:mm", "@ noon"))
        .containsEntry("$.createdAt", new Generator.DateTime("yyyy-MM-dd'T'HH:mm:ss", "+ 1 day @ midnight"));
    assertThat(rules).containsEntry("$.count", RuleGroup.of(new MatchingRule.IntegerType()))
        .containsEntry("$.hash", RuleGroup.of(new MatchingRule.Regex("[0-9a-fA-F]{6}")))
        .containsEntry("$.createdAt", RuleGroup.of(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss")));
    assertThat(((dev.treaty.contract.Body.Json) response.body()).value().toString()).isEqualTo("{\"id\":"
        + "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"count\":1,\"price\":1.2345,\"hash\":\"012345\",\"code\":\"abcd\","
        + "\"paid\":true,\"ref\":\"" + REF_EXAMPLE + "\",\"day\":\"2000-02-01\",\"at\":\"13:14:15\",\"now\":\"2000-02-01T13:14:15\",\"due\":\"2000-02-01\","
        + "\"opens\":\"13:14\",\"createdAt\":\"2000-02-01T13:14:15\"}");
  }

  @Test
  void generatedValuesSurviveTheRoundTripInV3AndV4() {
    Contract contract = Contract.of("web", "orders", SpecVersion.V4, List.of(orders()));

    for (SpecVersion version : List.of(SpecVersion.V3, SpecVersion.V4)) {
      Contract read = PactReader.read(PactWriter.write(contract, version), version.name());
      HttpResponse response = read.httpInteractions().get(0).response();
      assertThat(response.generators()).as(version.name()).isEqualTo(orders().response().generators());
      assertThat(response.matchingRules()).as(version.name()).isEqualTo(orders().response().matchingRules());
    }
  }

  @Test
  void theMockAnswersWithGeneratedValuesThatKeepTheContract() {
    HttpResponse expected = orders().response();

    HttpResponse generated = ENGINE.apply(expected, GeneratorContext.consumer("http://localhost:1"));
    JsonNode body = ((dev.treaty.contract.Body.Json) generated.body()).value();

    assertThat(body.get("due").textValue()).isEqualTo("2000-01-03");
    assertThat(body.get("opens").textValue()).isEqualTo("12:00");
    assertThat(body.get("createdAt").textValue()).isEqualTo("2000-01-02T00:00:00");
    assertThat(body.get("day").textValue()).isEqualTo("2000-01-01");
    assertThat(body.get("id").textValue()).isNotEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    assertThat(body.get("ref").textValue()).matches("[A-Z]{3}-\\d{4}");
    assertThat(REF_EXAMPLE).matches("[A-Z]{3}-\\d{4}");
    assertThat(MatchingEngine.create().matchResponse(expected, generated).mismatches()).isEmpty();
  }

  @Test
  void invalidExpressionFailsWhenDeclaredWithThePositionAndWhatWasExpected() {
    Golden.assertUsageError("datetime-expression", () -> ContractDsl.datetimeExpression("yyyy-MM-dd", "+ 1 dya @ noon"));
  }

  @Test
  void invalidFormatFailsWhenDeclared() {
    Golden.assertUsageError("date-generated-format", () -> ContractDsl.date("yyyy-MM-dd'T"));
  }

  @Test
  void regexThatCannotBeGeneratedFromFailsWhenDeclared() {
    Golden.assertUsageError("regex-not-generated", () -> ContractDsl.regex("[^,]+"));
  }

  @Test
  void impossibleRandomBoundsFailWhenDeclared() {
    Golden.assertUsageError("random-int-bounds", () -> ContractDsl.randomInt(9, 1));
    Golden.assertUsageError("random-decimal-digits", () -> ContractDsl.randomDecimal(1));
  }
}

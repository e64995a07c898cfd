package dev.treaty.dsl;

import static dev.treaty.dsl.ContractDsl.equalTo;
import static dev.treaty.dsl.ContractDsl.fromProviderState;
import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.like;
import static dev.treaty.dsl.ContractDsl.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.RuleGroup;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.MatchingEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonBody#with}: sharpening single values of a body built from an example object. */
class JsonBodyWithTest {
  record Line(String sku, int quantity) {}

  record Customer(String id, String name) {}

  record Order(long id, String status, Customer customer, List<Line> lines) {}

  private static final Order ORDER =
      new Order(42, "PAID", new Customer("C-1", "Mary"), List.of(new Line("SKU-0001", 2), new Line("SKU-0002", 1)));

  @Test
  void replacesTheExampleAndTheRuleAtAFieldAndKeepsTheRestInPlace() {
    JsonBody body = like(ORDER).with("status", regex("PLACED|PAID|SHIPPED", "SHIPPED"));

    assertThat(body.example().get("status").asText()).isEqualTo("SHIPPED");
    assertThat(body.rules().get("$.status")).isEqualTo(RuleGroup.of(new MatchingRule.Regex("PLACED|PAID|SHIPPED")));
    assertThat(body.rules()).containsOnlyKeys("$.id", "$.status", "$.customer.id", "$.customer.name", "$.lines",
        "$.lines[*].sku", "$.lines[*].quantity");
    assertThat(List.copyOf(body.rules().keySet())).as("same order as before").startsWith("$.id", "$.status");
  }

  @Test
  void leavesTheOriginalBodyAsItWas() {
    JsonBody original = like(ORDER);

    original.with("status", regex("PAID|SHIPPED", "SHIPPED"));

    assertThat(original.example().get("status").asText()).isEqualTo("PAID");
    assertThat(original.rules().get("$.status")).isEqualTo(RuleGroup.of(MatchingRule.Type.any()));
  }

  @Test
  void starReplacesEveryElementOfAnArray() {
    JsonBody body = like(ORDER).with("$.lines[*].sku", regex("SKU-\\d{4}", "SKU-0417"));

    assertThat(body.example().get("lines").findValuesAsText("sku")).containsExactly("SKU-0417", "SKU-0417");
    assertThat(body.rules().get("$.lines[*].sku")).isEqualTo(RuleGroup.of(new MatchingRule.Regex("SKU-\\d{4}")));
  }

  @Test
  void replacingAnObjectDropsTheRulesBelowIt() {
    JsonBody body = like(ORDER).with("customer", equalTo(new Customer("C-9", "Bo")));

    assertThat(body.example().get("customer").toString()).isEqualTo("{\"id\":\"C-9\",\"name\":\"Bo\"}");
    assertThat(body.rules()).doesNotContainKeys("$.customer.id", "$.customer.name")
        .containsEntry("$.customer", RuleGroup.of(new MatchingRule.Equality()));
  }

  @Test
  void aValueWithoutRulesMustEqualItsExample() {
    JsonBody body = like(ORDER).with("customer.name", new MatchedValue(TextNode.valueOf("Mary"), null, null));

    assertThat(body.rules().get("$.customer.name")).isEqualTo(RuleGroup.of(new MatchingRule.Equality()));
    assertThat(matchResponse(body, ORDER_JSON.replace("Mary", "Bo")).mismatches())
        .extracting(m -> m.path()).containsExactly("$.customer.name");
  }

  @Test
  void generatorsArePlacedAndReplaced() {
    JsonBody body = like(ORDER).with("id", fromProviderState("${id}", 42));

    assertThat(body.generators()).containsOnlyKeys("$.id");
    assertThat(body.with("id", equalTo(42)).generators()).isEmpty();
  }

  @Test
  void theEngineAppliesTheNewRules() {
    JsonBody body = like(ORDER).with("status", regex("PLACED|PAID|SHIPPED", "PAID"));

    assertThat(matchResponse(body, ORDER_JSON.replace("PAID", "SHIPPED")).matched()).isTrue();
    MatchResult lost = matchResponse(body, ORDER_JSON.replace("PAID", "LOST"));
    assertThat(lost.mismatches()).extracting(m -> m.path()).containsExactly("$.status");
  }

  @Test
  void worksOnBodiesFromTheBuilderToo() {
    JsonBody body = json(o -> o.stringType("name", "x").eachLike("tags", t -> t.stringType("label", "a")))
        .with("tags[0].label", regex("[a-z]+", "b"));

    assertThat(body.example().toString()).isEqualTo("{\"name\":\"x\",\"tags\":[{\"label\":\"b\"}]}");
    assertThat(body.rules()).containsKey("$.tags[0].label").containsKey("$.tags[*].label");
  }

  @Test
  void aPathThatNamesNothingSaysWhereItStoppedAndWhatWasThere() {
    assertThatThrownBy(() -> like(ORDER).with("stauts", regex("PAID", "PAID")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no field 'stauts' at $ in the example for path $.stauts (its fields: id, status, customer, lines)");
    assertThatThrownBy(() -> like(ORDER).with("customer.name.first", regex("M.*", "Mary")))
        .hasMessage("$.customer.name in the example is a string, not an object, for path $.customer.name.first");
    assertThatThrownBy(() -> like(ORDER).with("lines[5].sku", regex("S.*", "S")))
        .hasMessage("no element 5 at $.lines in the example (it has 2) for path $.lines[5].sku");
    assertThatThrownBy(() -> like(ORDER).with("status[*]", regex("S.*", "S")))
        .hasMessage("$.status in the example is a string, not an array, for path $.status[*]");
  }

  @Test
  void aMalformedPathIsRefusedWithTheReason() {
    assertThatThrownBy(() -> like(ORDER).with("lines[x]", regex("S.*", "S")))
        .hasMessage("malformed body path 'lines[x]': '[x]' (use [n], [*] or ['name'])");
    assertThatThrownBy(() -> like(ORDER).with("$", regex("S.*", "S")))
        .hasMessage("malformed body path '$': no field or index; the whole body cannot be replaced");
    assertThatThrownBy(() -> like(ORDER).with("a..b", regex("S.*", "S")))
        .hasMessage("malformed body path 'a..b': an empty field name");
  }

  @Test
  void quotedNamesReachFieldsThatAreNotIdentifiers() {
    JsonBody body = json(o -> o.stringType("order id", "a")).with("['order id']", regex("[a-z]", "b"));

    assertThat(body.example().get("order id").asText()).isEqualTo("b");
    assertThat(body.rules()).containsOnlyKeys("$['order id']");
  }

  private static final String ORDER_JSON =
      "{\"id\":42,\"status\":\"PAID\",\"customer\":{\"id\":\"C-1\",\"name\":\"Mary\"},"
          + "\"lines\":[{\"sku\":\"SKU-0001\",\"quantity\":2}]}";

  private static MatchResult matchResponse(JsonBody body, String actualJson) {
    try {
      HttpResponse expected = new HttpResponse(200, null, body.body(), body.addRulesTo(MatchingRules.EMPTY), null);
      HttpResponse actual = HttpResponse.of(200).withBody(Body.json(new ObjectMapper().readTree(actualJson)));
      return MatchingEngine.create().matchResponse(expected, actual);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

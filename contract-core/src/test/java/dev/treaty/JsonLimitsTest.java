package dev.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.treaty.contract.internal.JsonMappers;
import dev.treaty.json.internal.PactJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
  private static final ObjectMapper MAPPER = JsonLimits.newMapper();

  @Test
  void nestingAtTheLimitIsReadAndOnePastItIsRefusedNamingTheLimit() throws Exception {
    assertThat(MAPPER.readTree(nested(JsonLimits.MAX_NESTING_DEPTH))).isNotNull();

    assertThatThrownBy(() -> MAPPER.readTree(nested(JsonLimits.MAX_NESTING_DEPTH + 1)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth (1001) exceeds the maximum allowed (1000");
  }

  @Test
  void aDocumentReadAtTheNestingLimitCanBeWrittenInsideAReplyThatWrapsIt() throws Exception {
    JsonNode deepest = MAPPER.readTree(nested(JsonLimits.MAX_NESTING_DEPTH));
    ArrayNode reply = MAPPER.createArrayNode();
    reply.addObject().putArray("wrapped").add(deepest);

    assertThat(MAPPER.writeValueAsString(reply)).hasSize(2 * JsonLimits.MAX_NESTING_DEPTH + "[{\"wrapped\":[]}]".length());
  }

  @Test
  void aNumberLongerThanTheLimitIsRefusedNamingTheLimit() throws Exception {
    assertThat(MAPPER.readTree("1".repeat(JsonLimits.MAX_NUMBER_LENGTH)).isBigInteger()).isTrue();

    assertThatThrownBy(() -> MAPPER.readTree("[" + "1".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "]"))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length (1001) exceeds the maximum allowed (1000");
  }

  @Test
  void aStringOrANameLongerThanTheLimitIsRefusedNamingTheLimit() {
    assertThatThrownBy(() -> MAPPER.readTree("\"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\""))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length (20000001) exceeds the maximum allowed (20000000");
    assertThatThrownBy(() -> MAPPER.readTree("{\"" + "k".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\": 1}"))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Name length (50001) exceeds the maximum allowed (50000");
  }

  @Test
  void aLimitIsDescribedByItsValueWithoutTheNameOfJacksonsSetting() {
    StreamConstraintsException e = org.assertj.core.api.Assertions.catchThrowableOfType(StreamConstraintsException.class,
        () -> MAPPER.readTree(nested(JsonLimits.MAX_NESTING_DEPTH + 1)));

    assertThat(JsonLimits.describe(e)).isEqualTo("Document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void everyMapperOfContractCoreHasTheLimits() {
    for (ObjectMapper mapper : List.of(JsonMappers.DATA, JsonMappers.JAVA_VALUES, PactJson.MAPPER)) {
      assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(JsonLimits.MAX_NESTING_DEPTH);
      assertThat(mapper.getFactory().streamReadConstraints().getMaxNumberLength()).isEqualTo(JsonLimits.MAX_NUMBER_LENGTH);
      assertThat(mapper.getFactory().streamWriteConstraints().getMaxNestingDepth()).isEqualTo(JsonLimits.MAX_WRITE_NESTING_DEPTH);
    }
  }

  @Test
  void aNumberTooLargeForADoubleIsFoundWithItsPath() throws Exception {
    JsonNode tree = MAPPER.readTree("{\"a\": [1.5, {\"b c\": 2e308}], \"d\": -1e999999999}");

    assertThat(JsonLimits.firstNumberOutOfRange(tree)).contains("$.a[1]['b c']");
    assertThat(JsonLimits.numberOutOfRange("$.a[1]['b c']")).isEqualTo("the number at $.a[1]['b c'] is out of range: a number"
        + " with a fraction or exponent must fit a 64-bit floating point number (magnitude at most 1.7976931348623157E308)");
  }

  @Test
  void numbersInRangeAndHugeIntegersAreNotOutOfRange() throws Exception {
    JsonNode tree = MAPPER.readTree("{\"max\": 1.7976931348623157e308, \"tiny\": 1e-999, \"big\": " + "9".repeat(400) + "}");

    assertThat(JsonLimits.firstNumberOutOfRange(tree)).isEmpty();
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }
}

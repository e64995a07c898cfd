package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.MatchingRule;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

  private static ValueMatcher.Failure check(MatchingRule rule, JsonNode expected, JsonNode actual) {
    return ValueMatcher.check(rule, expected, actual, false, true);
  }

  private static TextNode s(String text) {
    return TextNode.valueOf(text);
  }

  @Test
  void typeFailureNamesTypeAndExample() {
    ValueMatcher.Failure f = check(MatchingRule.Type.any(), DoubleNode.valueOf(12.5), s("12.5"));
    assertThat(f).isEqualTo(new ValueMatcher.Failure("a number (type match), example 12.5", "\"12.5\" (string)"));
    assertThat(check(MatchingRule.Type.any(), IntNode.valueOf(1), DoubleNode.valueOf(2.5))).isNull();
  }

  @Test
  void regexMustMatchTheWholeValue() {
    assertThat(check(new MatchingRule.Regex("\\d+"), s("42"), s("42"))).isNull();
    assertThat(check(new MatchingRule.Regex("\\d+"), s("42"), s("42a")).expected())
        .isEqualTo("a string matching /\\d+/ (regex), example \"42\"");
    assertThat(check(new MatchingRule.Regex("\\d+"), s("42"), IntNode.valueOf(7))).isNull();
  }

  @Test
  void invalidRegexFailsAndSaysSo() {
    assertThat(check(new MatchingRule.Regex("("), s("x"), s("x")).expected()).contains("not a valid regular expression");
  }

  @Test
  void integerDecimalAndNumberDistinguishJsonNumbers() {
    assertThat(check(new MatchingRule.IntegerType(), IntNode.valueOf(1), IntNode.valueOf(5))).isNull();
    assertThat(check(new MatchingRule.IntegerType(), IntNode.valueOf(1), DoubleNode.valueOf(5.5))).isNotNull();
    assertThat(check(new MatchingRule.DecimalType(), DoubleNode.valueOf(1.5), DoubleNode.valueOf(5.5))).isNull();
    assertThat(check(new MatchingRule.DecimalType(), DoubleNode.valueOf(1.5), IntNode.valueOf(5))).isNotNull();
    assertThat(check(new MatchingRule.NumberType(), IntNode.valueOf(1), DoubleNode.valueOf(5.5))).isNull();
    assertThat(check(new MatchingRule.NumberType(), IntNode.valueOf(1), s("5"))).isNotNull();
  }

  @Test
  void textualValuesParseNumbersFromStrings() {
    assertThat(ValueMatcher.check(new MatchingRule.IntegerType(), s("1"), s("42"), true, true)).isNull();
    assertThat(ValueMatcher.check(new MatchingRule.DecimalType(), s("1.5"), s("4.2"), true, true)).isNull();
    assertThat(ValueMatcher.check(new MatchingRule.NumberType(), s("1"), s("x"), true, true)).isNotNull();
  }

  @Test
  void booleanAndNullMatchers() {
    assertThat(check(new MatchingRule.BooleanType(), BooleanNode.TRUE, BooleanNode.FALSE)).isNull();
    assertThat(check(new MatchingRule.BooleanType(), BooleanNode.TRUE, s("false"))).isNull();
    assertThat(check(new MatchingRule.BooleanType(), BooleanNode.TRUE, IntNode.valueOf(1))).isNotNull();
    assertThat(check(new MatchingRule.NullValue(), NullNode.instance, NullNode.instance)).isNull();
    assertThat(check(new MatchingRule.NullValue(), NullNode.instance, s("")))
        .isEqualTo(new ValueMatcher.Failure("null (null)", "\"\" (string)"));
  }

  @Test
  void includeLooksForSubstring() {
    assertThat(check(new MatchingRule.Include("ell"), s("hello"), s("yellow"))).isNull();
    assertThat(check(new MatchingRule.Include("ell"), s("hello"), s("hallo")).expected())
        .isEqualTo("a string including \"ell\" (include), example \"hello\"");
  }

  @Test
  void dateTimeAndTimestampUseJavaPatternsOrIso() {
    assertThat(check(new MatchingRule.Date("yyyy-MM-dd"), s("2020-01-01"), s("2024-02-29"))).isNull();
    assertThat(check(new MatchingRule.Date("yyyy-MM-dd"), s("2020-01-01"), s("2024-13-01"))).isNotNull();
    assertThat(check(new MatchingRule.Date(null), s("2020-01-01"), s("2024-02-03"))).isNull();
    assertThat(check(new MatchingRule.Time("HH:mm:ss"), s("10:00:00"), s("23:59:01"))).isNull();
    assertThat(check(new MatchingRule.Time("HH:mm:ss"), s("10:00:00"), s("24:61:01"))).isNotNull();
    assertThat(check(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), s("x"),
        s("2024-02-03T10:11:12.123+01:00"))).isNull();
    assertThat(check(new MatchingRule.Timestamp(null), s("x"), s("2024-02-03T10:11:12Z"))).isNull();
    assertThat(check(new MatchingRule.Timestamp(null), s("x"), s("yesterday")).expected())
        .isEqualTo("a date-time in format ISO 8601 (datetime), example \"x\"");
  }

  @Test
  void datesAreResolvedStrictly() {
    assertThat(check(new MatchingRule.Date("yyyy-MM-dd"), s("x"), s("2024-02-30"))).isNotNull();
    assertThat(check(new MatchingRule.Date("yyyy-MM-dd"), s("x"), s("2023-02-29"))).isNotNull();
    assertThat(check(new MatchingRule.Date("dd/MM/yyyy"), s("x"), s("29/02/2024"))).isNull();
    assertThat(check(new MatchingRule.Timestamp("yyyy-MM-dd'T'HH:mm:ss"), s("x"), s("2024-01-01T10:00:00")))
        .isNull();
  }

  @Test
  void invalidDatePatternFailsAndSaysSo() {
    assertThat(check(new MatchingRule.Date("yyyy-'MM"), s("x"), s("2020")).expected())
        .contains("not a valid date/time pattern");
  }

  @Test
  void semverAcceptsSemanticVersionsOnly() {
    assertThat(check(new MatchingRule.Semver(), s("1.0.0"), s("10.2.3-rc.1+build.5"))).isNull();
    assertThat(check(new MatchingRule.Semver(), s("1.0.0"), s("1.2"))).isNotNull();
  }

  @Test
  void typeLimitsApplyOnlyWhereTheRuleWasWritten() {
    MatchingRule.Type min2 = new MatchingRule.Type(2, null);
    JsonNode one = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add(1);
    assertThat(ValueMatcher.check(min2, one, one, false, true)).isNotNull();
    assertThat(ValueMatcher.check(min2, one, one, false, false)).isNull();
  }
}

package dev.treaty.path.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.path.internal.JsonPathSegments.Segment;
import dev.treaty.path.internal.JsonPathSegments.Segment.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathSegmentsTest {
  @Test
  void takesApartFieldsQuotedNamesIndexesAndWildcards() {
    List<Segment> segments = JsonPathSegments.parse("$['a b'][0].c[*].*");

    assertThat(segments).extracting(Segment::kind)
        .containsExactly(Kind.FIELD, Kind.INDEX, Kind.FIELD, Kind.ANY, Kind.ANY);
    assertThat(segments).extracting(Segment::name).containsExactly("a b", "0", "c", "[*]", "*");
    assertThat(segments.get(1).index()).isZero();
    assertThat(JsonPathSegments.parse("$")).isEmpty();
  }

  @Test
  void aQuotedNameMayHoldABracket() {
    assertThat(JsonPathSegments.parse("$['a]b'].c")).extracting(Segment::name).containsExactly("a]b", "c");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$.a.b|$.a.b", "a.b|$.a.b", "[0].a|$[0].a", "$[\"a\"]|$.a", "$['a b']|$['a b']",
      "items[*].id|$.items[*].id", "$.map.*|$.map.*", "  $.a  |$.a"})
  void formatsTheCanonicalPath(String path, String canonical) {
    assertThat(JsonPathSegments.format(JsonPathSegments.parse(path))).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$.a[0|a '[' without ']'", "$.a..b|an empty field name", "$.a[x]|'[x]' (use [n], [*] or ['name'])",
      "$a|'a' at position 0"})
  void refusesMalformedPathsWithTheReason(String path, String reason) {
    assertThatThrownBy(() -> JsonPathSegments.parse(path))
        .isInstanceOf(JsonPathSegments.MalformedPathException.class)
        .hasMessage(reason);
  }
}

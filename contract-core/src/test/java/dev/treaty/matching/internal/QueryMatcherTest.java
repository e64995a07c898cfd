package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Query;
import dev.treaty.matching.Mismatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMatcherTest {

  private static List<Mismatch> exactly(String expected, String actual) {
    List<Mismatch> out = new ArrayList<>();
    QueryMatcher.matchExactly(Query.parse(expected), Query.parse(actual), out);
    return out;
  }

  @Test
  void exactComparisonSeesOrderAndTrailingAmpersandButNotEncoding() {
    assertThat(exactly("a=1&b=2", "a=1&b=2")).isEmpty();
    assertThat(exactly("a=1&b=2", "b=2&a=1")).hasSize(1);
    assertThat(exactly("a=1&b=2", "a=1&b=2&")).hasSize(1);
    assertThat(exactly("o=x=true", "o=x%3Dtrue")).isEmpty();
  }

  @Test
  void sameParameterValuesMustKeepTheirOrder() {
    List<Mismatch> out = new ArrayList<>();
    QueryMatcher.match(Query.parse("a=1&a=2"), Query.parse("a=2&a=1"), new NamedRules(java.util.Map.of(), false), out);
    assertThat(out).singleElement().extracting(Mismatch::path).isEqualTo("a");
  }
}

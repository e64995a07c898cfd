package dev.treaty.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

  @Test
  void commaListsAreComparedTrimmedAndInOrder() {
    assertThat(HeaderMatcher.valuesMatch("Accept-Encoding", "gzip,br", "gzip, br")).isTrue();
    assertThat(HeaderMatcher.valuesMatch("Accept-Encoding", "gzip,br", "br, gzip")).isFalse();
  }

  @Test
  void valuesAreCaseSensitiveExceptContentTypeAndCharset() {
    assertThat(HeaderMatcher.valuesMatch("X-Animal", "alligators", "Alligators")).isFalse();
    assertThat(HeaderMatcher.valuesMatch("Content-Type", "application/json", "Application/JSON")).isTrue();
    assertThat(HeaderMatcher.valuesMatch("Content-Type", "text/plain;charset=utf-8", "text/plain; charset=UTF-8"))
        .isTrue();
  }

  @Test
  void extraActualParametersAreAcceptedMissingOrDifferentOnesAreNot() {
    assertThat(HeaderMatcher.valuesMatch("Content-Type", "application/json", "application/json; charset=UTF-8"))
        .isTrue();
    assertThat(HeaderMatcher.valuesMatch("Content-Type", "application/json; charset=UTF-8", "application/json"))
        .isFalse();
    assertThat(HeaderMatcher.valuesMatch("Content-Type", "text/x; a=1; b=\"2\"", "text/x; b=2;\n a=1")).isTrue();
    assertThat(HeaderMatcher.valuesMatch("X-Custom", "v; level=1", "v; level=2")).isFalse();
  }
}

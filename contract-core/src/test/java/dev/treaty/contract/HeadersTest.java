package dev.treaty.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadersTest {

  @Test
  void getFindsAHeaderWhateverItsCase() {
    Headers headers = Headers.of("X-Trace", "a", "x-trace", "b");

    assertThat(headers.get("X-TRACE")).containsExactly("a", "b");
    assertThat(headers.first("x-Trace")).isEqualTo("a");
    assertThat(headers.get("Accept")).isEmpty();
  }

  @Test
  void contentTypeIsTheMediaTypeWithoutParametersInLowerCase() {
    assertThat(Headers.of("content-type", "Application/JSON; charset=UTF-8").contentType())
        .isEqualTo("application/json");
    assertThat(Headers.EMPTY.contentType()).isNull();
  }

  @Test
  void withReplacesAHeaderOfAnyCase() {
    Headers headers = Headers.of("accept", "text/plain").with("Accept", "application/json");

    assertThat(headers.values()).containsOnlyKeys("Accept");
    assertThat(headers.first("ACCEPT")).isEqualTo("application/json");
  }
}

package dev.treaty.broker.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UriTemplatesTest {

  @Test
  void valuesAreEncodedAsPathSegments() {
    assertThat(UriTemplates.expand("http://b/pacticipants/{p}/branches/{b}",
        Map.of("p", "Pricing Service", "b", "feature/x+y"))).isEqualTo(
        "http://b/pacticipants/Pricing%20Service/branches/feature%2Fx%2By");
  }

  @Test
  void nonAsciiIsEncodedAsUtf8() {
    assertThat(UriTemplates.encodeSegment("café?#")).isEqualTo("caf%C3%A9%3F%23");
    assertThat(UriTemplates.encodeSegment("a-b.c_d~e")).isEqualTo("a-b.c_d~e");
  }

  @Test
  void missingValueNamesTheVariable() {
    assertThatThrownBy(() -> UriTemplates.expand("/x/{version}", Map.of("tag", "t")))
        .hasMessage("link /x/{version} needs a value for {version}; it has [tag]");
  }

  @Test
  void retryAfterReadsSecondsAndCapsLongWaits() {
    assertThat(HalHttp.retryAfter("2").toSeconds()).isEqualTo(2);
    assertThat(HalHttp.retryAfter("3600").toSeconds()).isEqualTo(30);
    assertThat(HalHttp.retryAfter(null).toSeconds()).isEqualTo(1);
    assertThat(HalHttp.retryAfter("soon").toSeconds()).isEqualTo(1);
  }
}

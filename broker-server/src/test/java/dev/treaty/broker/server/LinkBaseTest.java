package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.RunningBroker;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Where links point: forwarded headers count only with --trust-proxy, --base-url always wins. */
@ParameterizedClass
@EnumSource(Backend.class)
class LinkBaseTest {
  private static final Map<String, String> FORWARDED = Map.of(
      "Host", "evil.example.net",
      "X-Forwarded-Proto", "https",
      "X-Forwarded-Host", "broker.example.com",
      "X-Forwarded-Port", "8443",
      "X-Forwarded-Prefix", "/treaty/");

  @Parameter Backend backend;

  @Test
  void withoutTrustProxyLinksUseTheAddressTheConnectionReachedNotHostOrForwardedHeaders() {
    try (RunningBroker broker = RunningBroker.start(backend)) {
      String self = selfLink(broker, FORWARDED);

      assertThat(self).isEqualTo("http://127.0.0.1:" + broker.broker().port());
      assertThat(selfLink(broker, Map.of("Host", "evil.example.net"))).isEqualTo(self);
    }
  }

  @Test
  void withTrustProxyForwardedProtoHostPortAndPrefixAreHonoured() {
    try (RunningBroker broker = RunningBroker.start(backend, config -> config.trustProxy(true))) {
      assertThat(selfLink(broker, FORWARDED)).isEqualTo("https://broker.example.com:8443/treaty");
      assertThat(selfLink(broker, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "broker.example.com")))
          .isEqualTo("https://broker.example.com");
      assertThat(selfLink(broker, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "b.example.com:9000",
          "X-Forwarded-Port", "443"))).isEqualTo("https://b.example.com");
    }
  }

  @Test
  void aConfiguredBaseUrlWinsOverEverything() {
    try (RunningBroker broker = RunningBroker.start(backend,
        config -> config.trustProxy(true).baseUrl(URI.create("https://contracts.example.org/broker/")))) {
      assertThat(selfLink(broker, FORWARDED)).isEqualTo("https://contracts.example.org/broker");
    }
  }

  private static String selfLink(RunningBroker broker, Map<String, String> headers) {
    return broker.http().send("GET", "/", null, headers).json().at("/_links/self/href").asText();
  }
}

package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Path segments on Jetty 12 + Javalin 7: %2F is a '/' inside one segment, '+' stays '+', %20 is a space. */
@ParameterizedClass
@EnumSource(Backend.class)
class PathEncodingTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  @Test
  void encodedSlashSpacePlusAndPercentSurviveRoutingAndDecoding() {
    Reply tagged = http().put("/pacticipants/Pricing%20Service/versions/1.0+b%2B2/tags/release%2F1%25", "{}");

    assertThat(tagged.status()).isEqualTo(201);
    assertThat(tagged.json().get("name").asText()).isEqualTo("release/1%");
    JsonNode version = http().get("/pacticipants/Pricing%20Service/versions/1.0%2Bb%2B2").json();
    assertThat(version.get("number").asText()).isEqualTo("1.0+b+2");
    assertThat(version.at("/_links/self/href").asText()).endsWith("/pacticipants/Pricing%20Service/versions/1.0%2Bb%2B2");
    assertThat(version.at("/_embedded/tags/0/_links/self/href").asText()).endsWith("/tags/release%2F1%25");
  }

  @Test
  void aBranchWithSlashesIsOneSegmentNotAnotherRoute() {
    assertThat(http().put("/pacticipants/PeA/branches/feature%2Fa%2Fb/versions/1", "{}").status()).isEqualTo(201);

    assertThat(http().get("/pacticipants/PeA/branches/feature%2Fa%2Fb").json().get("name").asText()).isEqualTo("feature/a/b");
    assertThat(http().get("/pacticipants/PeA/branches/feature/a/b").status()).isEqualTo(404);
  }
}

package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class MetricsTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  RunningBroker broker() {
    return BROKERS.get(backend);
  }

  @Test
  void requestsAreTimedByRouteTemplateMethodAndStatus() {
    broker().http().get("/health");
    broker().http().get("/no/such/path-7f3a");

    String metrics = scrape();

    assertThat(metrics)
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}")
        .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/health\",status=\"200\",le=\"0.005\"}")
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"UNMATCHED\",status=\"404\"}")
        .doesNotContain("path-7f3a");
  }

  @Test
  void poolGaugesAreExported() {
    broker().http().get("/health");

    assertThat(scrape())
        .contains("hikaricp_connections_active{pool=\"treaty-db\"}")
        .contains("hikaricp_connections_idle{pool=\"treaty-db\"}")
        .contains("hikaricp_connections_pending{pool=\"treaty-db\"}")
        .contains("hikaricp_connections_max{pool=\"treaty-db\"} 10.0")
        .contains("hikaricp_connections_acquire_seconds_count{pool=\"treaty-db\"}");
  }

  @Test
  void jvmRequestThreadAndAdmissionMetricsAreExported() {
    assertThat(scrape())
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_threads_live_threads ")
        .contains("process_uptime_seconds ")
        .contains("jetty_threads_config_max 200.0")
        .contains("jetty_threads_busy ")
        .contains("treaty_requests_waiting ")
        .contains("treaty_requests_refused_total 0.0");
  }

  private String scrape() {
    Reply reply = broker().http().get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    return reply.body();
  }
}

package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokersPerBackend;
import dev.treaty.broker.testing.RunningBroker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  @Test
  void inventedMethodsAndUnknownPathsShareBoundedLabels() {
    int before = scrape().length();
    for (int i = 0; i < 200; i++) {
      rawRequest("FUZZ" + i + "X", "/fuzz-" + i + "/unknown-q9z");
    }

    String metrics = scrape();

    Set<String> fuzzSeries = Pattern.compile("http_server_requests_seconds_count\\{([^}]*)}")
        .matcher(metrics).results().map(m -> m.group(1))
        .filter(labels -> !labels.matches("method=\"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\".*"))
        .collect(Collectors.toSet());
    assertThat(fuzzSeries).containsExactly("method=\"OTHER\",route=\"UNMATCHED\",status=\"404\"");
    Matcher count = Pattern.compile(
        "http_server_requests_seconds_count\\{method=\"OTHER\",route=\"UNMATCHED\",status=\"404\"} (\\d+)")
        .matcher(metrics);
    assertThat(count.find()).isTrue();
    assertThat(Double.parseDouble(count.group(1))).isGreaterThanOrEqualTo(200);
    assertThat(metrics).doesNotContain("FUZZ").doesNotContain("unknown-q9z");
    assertThat(metrics.length() - before).as("growth of /metrics in characters").isLessThan(8_000);
  }

  /** A raw socket: HTTP clients refuse or rewrite methods they do not know. */
  private void rawRequest(String method, String path) {
    URI uri = URI.create(broker().url());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority()
          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
      assertThat(status).as("status line of %s %s", method, path).startsWith("HTTP/1.1 ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String scrape() {
    Reply reply = broker().http().get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    return reply.body();
  }
}

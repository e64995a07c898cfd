package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.RunningBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that closes its socket while the broker's query for it is running. The query is made to
 * run for as long as the test likes without any hook in the broker: the test holds PostgreSQL's
 * exclusive lock on {@code pact_publications} (in the broker's schema), so the broker's real
 * pacts-for-verification statement waits inside PostgreSQL. The broker notices the closed
 * connection, cancels the statement (PostgreSQL gets a cancel request), and the pool's active
 * connections drop back to 0 while the lock is still held. A client that pipelines a second
 * request on the same connection is not taken for gone, and gets both answers.
 * ({@code RequestWorkTest} cancels a running statement on H2 and PostgreSQL below the socket.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientGoneIT {
  private static final Pattern ACTIVE = Pattern.compile("(?m)^hikaricp_connections_active\\{pool=\"treaty-db\"} (\\S+)");
  private static final Pattern ABANDONED = Pattern.compile("(?m)^treaty_requests_abandoned_total (\\S+)");
  private static final String REQUEST_BODY = "{\"consumerVersionSelectors\":[{\"tag\":\"dev\",\"latest\":true}]}";

  private RunningBroker broker;
  private Connection locker;

  @BeforeEach
  void start() throws SQLException {
    broker = RunningBroker.start(Backend.POSTGRESQL);
    BrokerSeed.of(broker).taggedPublications("gone-consumer", "gone-provider", "1.0.", 10, "dev");
    locker = BrokerSeed.of(broker).openTransaction();
    try (Statement lock = locker.createStatement()) {
      lock.execute("LOCK TABLE pact_publications IN ACCESS EXCLUSIVE MODE");
    }
  }

  @AfterEach
  void stop() throws SQLException {
    if (locker != null) {
      locker.rollback();
      locker.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void closingTheConnectionDuringASlowQueryCancelsItAndFreesTheConnection() throws Exception {
    Socket client = new Socket(InetAddress.getLoopbackAddress(), broker.broker().port());
    OutputStream out = client.getOutputStream();
    out.write(forVerification());
    out.flush();
    awaitMetric(ACTIVE, 1.0, "the request holds a connection, its statement waiting for the lock");

    client.close();
    long closed = System.nanoTime();
    awaitMetric(ACTIVE, 0.0, "the connection is back in the pool");
    long freedMs = (System.nanoTime() - closed) / 1_000_000;

    assertThat(metric(ABANDONED)).as("requests whose work was cancelled").isEqualTo(1.0);
    assertThat(freedMs).as("ms from the client closing to the connection being free (the lock is still held)").isLessThan(2_000);
    assertThat(broker.http().get("/health").status()).isEqualTo(200);
  }

  @Test
  void aClientThatPipelinesASecondRequestIsNotTakenForGoneAndGetsBothAnswers() throws Exception {
    try (Socket client = new Socket(InetAddress.getLoopbackAddress(), broker.broker().port())) {
      client.setSoTimeout(30_000);
      OutputStream out = client.getOutputStream();
      out.write(forVerification());
      out.flush();
      awaitMetric(ACTIVE, 1.0, "the request holds a connection, its statement waiting for the lock");
      out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500);   // scenario, not assertion: the watch probes every 100 ms and reads these bytes meanwhile
      locker.rollback();   // releases the lock: the first request completes

      String answers = readUntil(client, "{\"status\":\"UP\"}");
      assertThat(answers).startsWith("HTTP/1.1 200");
      assertThat(answers.split("HTTP/1.1 200", -1)).as("two answers, both 200:%n%s", answers).hasSize(3);
    }
    assertThat(metric(ABANDONED)).isEqualTo(0.0);
  }

  private static byte[] forVerification() {
    return ("POST /pacts/provider/gone-provider/for-verification HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + REQUEST_BODY.length() + "\r\n\r\n" + REQUEST_BODY)
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static String readUntil(Socket client, String end) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n; !read.toString(StandardCharsets.UTF_8).endsWith(end) && (n = client.getInputStream().read(buffer)) >= 0; ) {
      read.write(buffer, 0, n);
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  private void awaitMetric(Pattern pattern, double value, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (metric(pattern) != value) {
      assertThat(System.nanoTime()).as("%s within 20 s", what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private double metric(Pattern pattern) {
    Matcher matcher = pattern.matcher(broker.http().get("/metrics").body());
    assertThat(matcher.find()).as("metric %s", pattern).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}

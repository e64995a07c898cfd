package dev.treaty.benchmarks.broker;

import dev.treaty.broker.testing.TcpProxy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Liveness under pressure (issue 12): how fast {@code GET /health} answers, probe by probe, while
 * the broker jar on PostgreSQL is (1) flooded: clients sending 5,000-selector pacts-for-verification
 * requests, clients sending the largest allowed ones, and clients whose writes wait on a row the
 * driver holds locked, so that every database connection and every admission slot is taken; and
 * (2) cut off from its database: the broker reaches PostgreSQL through a {@link TcpProxy} that the
 * driver cuts while clients publish. Every answer of every client is counted by status; a 500 is a
 * failure of the run. Probes go one at a time over a connection of their own, every
 * {@code --probe-interval-ms}; the target is every probe under 100 ms. Only 127.0.0.1 is contacted.
 * Run it through {@code benchmarks/broker/health.sh}; figures and method in docs/BENCHMARKS.md.
 */
public final class HealthUnderLoad {
  static final String USAGE = """
      usage: HealthUnderLoad --broker-jar PATH [--pg-url jdbc:postgresql://127.0.0.1:5432/test?user=postgres] [--schema treaty_health]
                             [--port 9400] [--seconds 20] [--probe-interval-ms 20] [--lock-clients 180] [--selector-clients 10]
                             [--publish-clients 20] [--heap 512m]""";
  static final double TARGET_MILLIS = 100;

  private final HttpClient probeClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final HttpClient loadClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
  private final URI broker;
  private final Duration phase;
  private final int probeIntervalMillis;

  HealthUnderLoad(URI broker, Duration phase, int probeIntervalMillis) {
    this.broker = broker;
    this.phase = phase;
    this.probeIntervalMillis = probeIntervalMillis;
  }

  /** What one phase measured: the probes' latencies and every load answer by status. */
  record PhaseResult(String name, Latencies probes, Map<String, Integer> answers) {
    boolean met() {
      return probes.percentileMillis(100) <= TARGET_MILLIS && !answers.containsKey("500");
    }

    String describe() {
      return String.format("%-52s /health %s; target every probe <= %.0f ms: %s%n     load answers by status: %s",
          name, probes.summary(), TARGET_MILLIS, met() ? "met" : "MISSED", answers);
    }
  }

  public static void main(String[] args) throws Exception {
    Args values = Args.parse(USAGE, args);
    Path jar = Path.of(values.text("broker-jar", "broker-server/target/treaty-broker.jar"));
    String pgUrl = values.text("pg-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String schema = values.text("schema", "treaty_health");
    int port = values.number("port", 9400);
    Duration phase = Duration.ofSeconds(values.number("seconds", 20));
    int interval = values.number("probe-interval-ms", 20);
    int lockClients = values.number("lock-clients", 180);
    int selectorClients = values.number("selector-clients", 10);
    int publishClients = values.number("publish-clients", 20);
    String heap = values.text("heap", "512m");
    values.requireAllRead();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no broker jar at " + jar + " (build it: ./mvnw -pl broker-server -am package -DskipTests)");
    }
    URI pg = URI.create(pgUrl.substring("jdbc:".length()));
    try (Connection admin = DriverManager.getConnection(pgUrl); TcpProxy proxy = TcpProxy.to(pg.getHost(), pg.getPort())) {
      resetSchema(admin, schema);
      String brokerDbUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + pg.getPath() + "?" + pg.getQuery();
      Process process = new ProcessBuilder("java", "-Xms" + heap, "-Xmx" + heap, "-jar", jar.toString(), "--host", "127.0.0.1",
          "--port", String.valueOf(port), "--db-url", brokerDbUrl, "--db-schema", schema)
          .redirectErrorStream(true).redirectOutput(Path.of("benchmarks/target/broker-health.log").toFile()).start();
      try {
        HealthUnderLoad driver = new HealthUnderLoad(URI.create("http://127.0.0.1:" + port), phase, interval);
        driver.awaitHealthy(process);
        driver.warmUp();
        List<PhaseResult> results = new ArrayList<>();
        results.add(driver.flood(pgUrl, schema, lockClients, selectorClients));
        results.add(driver.outage(proxy, publishClients));
        results.forEach(r -> System.out.println(r.describe()));
        System.out.println(results.stream().allMatch(PhaseResult::met) ? "all targets met" : "a target was MISSED");
      } finally {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        try (Statement drop = admin.createStatement()) {
          drop.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
      }
    }
  }

  private static void resetSchema(Connection admin, String schema) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      statement.execute("CREATE SCHEMA \"" + schema + "\"");
    }
  }

  private void awaitHealthy(Process process) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see benchmarks/target/broker-health.log");
      }
      try {
        if (send(probeClient, get("/health")) == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the broker was not healthy within 90 s; see benchmarks/target/broker-health.log");
  }

  /** The data the load needs, and a few hundred probes and requests so the JIT has compiled the paths measured. */
  private void warmUp() throws IOException, InterruptedException {
    require(send(loadClient, put("/pacticipants/flood-consumer", "{\"team\":\"flood\"}")), 201, "creating flood-consumer");
    for (int i = 0; i < 50; i++) {
      require(send(loadClient, publish(i)), 200, "publishing warm-up version " + i);
    }
    for (int i = 0; i < 300; i++) {
      send(probeClient, get("/health"));
      send(loadClient, forVerification(100));
    }
  }

  /** Every connection and admission slot taken: writes wait on a locked row, selector floods keep coming. */
  PhaseResult flood(String pgUrl, String schema, int lockClients, int selectorClients) throws Exception {
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(lockClients + 2 * selectorClients);
    Latencies probes;
    try (Connection locker = DriverManager.getConnection(pgUrl)) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("SET search_path TO \"" + schema + "\"");
        lock.executeUpdate("UPDATE pacticipants SET team = 'held' WHERE name = 'flood-consumer'");
      }
      for (int i = 0; i < lockClients; i++) {
        clients.submit(() -> loop(running, answers, () -> put("/pacticipants/flood-consumer", "{\"team\":\"flood\"}")));
      }
      for (int i = 0; i < selectorClients; i++) {
        clients.submit(() -> loop(running, answers, () -> forVerification(5_000)));
        clients.submit(() -> loop(running, answers, () -> forVerification(100)));
      }
      probes = probe();
      locker.rollback();
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
    }
    return new PhaseResult("selector flood + " + lockClients + " writers on a locked row", probes, new TreeMap<>(answers));
  }

  /** The database cut off while clients publish; the broker must stay live and answer 503 + Retry-After. */
  PhaseResult outage(TcpProxy proxy, int publishClients) throws Exception {
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger version = new AtomicInteger(1_000);
    ExecutorService clients = Executors.newFixedThreadPool(publishClients);
    Latencies probes;
    try {
      for (int i = 0; i < publishClients; i++) {
        clients.submit(() -> loop(running, answers, () -> publish(version.incrementAndGet())));
      }
      proxy.cut();
      probes = probe();
    } finally {
      proxy.restore();
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
    }
    return new PhaseResult("database cut off, " + publishClients + " clients publishing", probes, new TreeMap<>(answers));
  }

  private Latencies probe() throws IOException, InterruptedException {
    Latencies latencies = new Latencies();
    long end = System.nanoTime() + phase.toNanos();
    while (System.nanoTime() < end) {
      long started = System.nanoTime();
      int status = send(probeClient, get("/health"));
      latencies.add((System.nanoTime() - started) / 1_000);
      require(status, 200, "GET /health");
      Thread.sleep(probeIntervalMillis);
    }
    return latencies;
  }

  private interface RequestSource {
    HttpRequest next();
  }

  private void loop(AtomicBoolean running, Map<String, Integer> answers, RequestSource requests) {
    while (running.get()) {
      String key;
      try {
        HttpResponse<Void> response = loadClient.send(requests.next(), HttpResponse.BodyHandlers.discarding());
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        key = response.statusCode() + (response.statusCode() == 503 && !retryAfter ? " without Retry-After" : "");
      } catch (IOException e) {
        key = "no answer (" + e.getClass().getSimpleName() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      answers.merge(key, 1, Integer::sum);
    }
  }

  private int send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void require(int status, int expected, String what) {
    if (status != expected) {
      throw new IllegalStateException(what + " answered " + status + ", expected " + expected);
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(broker.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
  }

  private HttpRequest put(String path, String json) {
    return HttpRequest.newBuilder(broker.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(broker.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private HttpRequest forVerification(int selectors) {
    StringBuilder body = new StringBuilder("{\"consumerVersionSelectors\":[");
    for (int i = 0; i < selectors; i++) {
      body.append(i == 0 ? "" : ",").append("{\"branch\":\"feature-").append(i).append("\"}");
    }
    return post("/pacts/provider/flood-provider/for-verification", body.append("]}").toString());
  }

  private HttpRequest publish(int version) {
    String pact = "{\"consumer\":{\"name\":\"flood-consumer\"},\"provider\":{\"name\":\"flood-provider\"},"
        + "\"interactions\":[{\"description\":\"a request " + version + "\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/"
        + version + "\"},\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    String body = "{\"pacticipantName\":\"flood-consumer\",\"pacticipantVersionNumber\":\"1.0." + version
        + "\",\"branch\":\"main\",\"contracts\":[{\"consumerName\":\"flood-consumer\",\"providerName\":\"flood-provider\","
        + "\"specification\":\"pact\",\"contentType\":\"application/json\",\"content\":\""
        + Base64.getEncoder().encodeToString(pact.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"}]}";
    return post("/contracts/publish", body);
  }
}

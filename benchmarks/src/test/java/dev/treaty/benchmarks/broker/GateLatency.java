package dev.treaty.benchmarks.broker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The release gate's latency driver: can-i-deploy and matrix queries, as the Pact CLIs send them,
 * against a running broker holding the organisation {@link SeedOrganisation} seeded (same shape
 * options). One client, requests back to back over one HTTP/1.1 connection on 127.0.0.1; a warm-up
 * of every scenario first, then per scenario a fixed number of timed requests (or fewer, when the time bound is
 * reached first); exact p50/p90/p99/max. Every answer must be 200 with a matrix summary.
 * Run it through {@code benchmarks/broker/gate.sh}; figures and method in docs/BENCHMARKS.md.
 */
public final class GateLatency {
  static final String USAGE = """
      usage: GateLatency [--broker http://127.0.0.1:9394] [--pacticipants 1000] [--versions 100] [--providers-per-consumer 3]
                         [--hub-consumers 300] [--warmup 50] [--requests 500] [--max-seconds 120] [--random-seed 42]
                         [--scenarios 1,2,3,4,5]  (which scenarios, by number, in the order listed)
                         [--broker-pid PID] [--pg-url JDBC_URL] [--pg-application treaty-gate]
        --broker-pid and --pg-url add the CPU time per request of the broker's JVM and of the PostgreSQL backends
        whose application_name is --pg-application (start the broker with ApplicationName=treaty-gate in its URL).""";

  /** One kind of request, with the p99 it must stay under. */
  record Scenario(String name, double targetMillis, Function<Random, String> request) {}

  /** What one scenario measured. */
  record Result(Scenario scenario, Latencies latencies, boolean timeBound, double[] cpuMillisPerRequest) {
    boolean met() {
      return latencies.percentileMillis(99) <= scenario.targetMillis();
    }

    String describe() {
      String cpu = cpuMillisPerRequest == null ? ""
          : String.format("%n     CPU per request: broker %.1f ms, PostgreSQL %.1f ms", cpuMillisPerRequest[0], cpuMillisPerRequest[1]);
      return String.format("%-48s %s; target p99 <= %.0f ms: %s%s%s", scenario.name(), latencies.summary(), scenario.targetMillis(),
          met() ? "met" : "MISSED", timeBound ? " (stopped at the time bound)" : "", cpu);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final URI broker;
  private final int warmup;
  private final int requests;
  private final Duration bound;
  private final long randomSeed;
  private final CpuMeter cpu;

  GateLatency(URI broker, int warmup, int requests, Duration bound, long randomSeed, CpuMeter cpu) {
    this.broker = broker;
    this.warmup = warmup;
    this.requests = requests;
    this.bound = bound;
    this.randomSeed = randomSeed;
    this.cpu = cpu;
  }

  public static void main(String[] args) throws Exception {
    Args values = Args.parse(USAGE, args);
    URI broker = URI.create(values.text("broker", "http://127.0.0.1:9394"));
    History history = SeedOrganisation.shape(values);
    GateLatency driver = new GateLatency(broker, values.number("warmup", 50), values.number("requests", 500),
        Duration.ofSeconds(values.number("max-seconds", 120)), values.number("random-seed", 42),
        new CpuMeter(values.number("broker-pid", 0), values.text("pg-url", null), values.text("pg-application", "treaty-gate")));
    List<Scenario> all = scenarios(history);
    String chosen = values.text("scenarios", null);
    values.requireAllRead();
    System.out.println("gate latency against " + broker + ": " + history.organisation() + ", " + history.days() + " versions each");
    List<Integer> numbers = new ArrayList<>();
    for (int k = 1; k <= all.size(); k++) {
      if (chosen == null || List.of(chosen.split(",")).contains(Integer.toString(k))) {
        numbers.add(k);
      }
    }
    for (int k : numbers) {
      driver.warmUp(all.get(k - 1));
    }
    for (int k : numbers) {
      System.out.println(k + ". " + driver.measure(all.get(k - 1)).describe());
    }
  }

  /** The release gate's requests against the seeded organisation: can-i-deploy (target 50 ms) and the hub's matrix (200 ms). */
  static List<Scenario> scenarios(History history) {
    Organisation organisation = history.organisation();
    int hub = organisation.hub();
    String hubName = Organisation.name(hub);
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(new Scenario("can-i-deploy, a consumer version -> production", 50,
        random -> SeedCheck.canIDeployQuery(consumer(random, organisation), recent(random, history, 10), "production")));
    // The hub's build asks for itself once it has verified what its consumers run in production: its newest builds.
    // (Its older builds never verified that content: their answers are 300 unknown rows, about 270 KB each.)
    scenarios.add(new Scenario("can-i-deploy, a new hub build -> production", 50,
        random -> SeedCheck.canIDeployQuery(hub, recent(random, history, 3), "production")));
    scenarios.add(new Scenario("matrix, hub x consumers' latest (latest=true)", 200,
        random -> SeedCheck.matrix("q[][pacticipant]", hubName, "latestby", "cvp", "latest", "true")));
    scenarios.add(new Scenario("matrix, hub x production (environment)", 200,
        random -> SeedCheck.matrix("q[][pacticipant]", hubName, "latestby", "cvpv", "environment", "production")));
    scenarios.add(new Scenario("matrix, a pacticipant x production", 200,
        random -> SeedCheck.matrix("q[][pacticipant]", Organisation.name(consumer(random, organisation)), "latestby", "cvpv",
            "environment", "production")));
    return scenarios;
  }

  /** Any pacticipant but the hub. */
  private static int consumer(Random random, Organisation organisation) {
    int i = 1 + random.nextInt(organisation.pacticipants());
    return i == organisation.hub() ? i - 1 : i;
  }

  /** One of the {@code newest} newest versions (the ones a build would ask about). */
  private static int recent(Random random, History history, int newest) {
    return history.days() - random.nextInt(Math.min(newest, history.days()));
  }

  /** Warm-up requests of the scenario (every scenario is warmed up before any is measured, so the broker's JIT has settled). */
  void warmUp(Scenario scenario) throws IOException, InterruptedException {
    Random random = new Random(randomSeed + 1);
    for (int k = 0; k < warmup; k++) {
      send(scenario.request().apply(random));
    }
  }

  Result measure(Scenario scenario) throws IOException, InterruptedException, SQLException {
    Random random = new Random(randomSeed);
    Latencies latencies = new Latencies();
    CpuMeter.Reading before = cpu.measures() ? cpu.read() : null;
    long deadline = System.nanoTime() + bound.toNanos();
    boolean timeBound = false;
    for (int k = 0; k < requests && !timeBound; k++) {
      String path = scenario.request().apply(random);
      long start = System.nanoTime();
      send(path);
      latencies.add((System.nanoTime() - start) / 1000);
      timeBound = System.nanoTime() > deadline && k + 1 < requests;
    }
    double[] perRequest = null;
    if (before != null) {
      perRequest = cpu.read().millisSince(before);
      perRequest[0] /= latencies.count();
      perRequest[1] /= latencies.count();
    }
    return new Result(scenario, latencies, timeBound, perRequest);
  }

  private void send(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(broker.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/hal+json").GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || !response.body().contains("\"summary\"")) {
      throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(500, response.body().length())));
    }
  }
}

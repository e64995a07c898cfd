package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerProcess;
import dev.treaty.broker.testing.H2Damage;
import dev.treaty.broker.testing.PostgresAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/treaty-broker.jar} as a real process, the way operators do:
 * options from environment variables and flags, JSON and text logs, SIGTERM, restart on the same
 * data, PostgreSQL.
 */
class BrokerJarIT {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;
  private static final int SIGTERM_EXIT = BrokerProcess.SIGTERM_EXIT;
  private static Path jar;

  @BeforeAll
  static void findJar() {
    jar = BrokerProcess.jar();
    assertThat(jar).as("run 'mvn package' first: the shaded jar").isRegularFile();
  }

  @Test
  void startsFromEnvironmentStopsCleanlyOnSigtermAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
    int port = BrokerProcess.freePort();
    BrokerProcess first = BrokerProcess.start(jar, dataDir.resolve("logs-1"), List.of(),
        Map.of("TREATY_PORT", Integer.toString(port), "TREATY_DATA_DIR", dataDir.toString(), "TREATY_LOG_FORMAT", "json"));
    BrokerHttp http = first.awaitHealthy(port);
    BrokerHttp.Reply created = http.put("/pacticipants/jar-it-consumer/versions/1.0.0", null);
    assertThat(created.status()).as(created.body()).isBetween(200, 201);

    first.stop();

    assertThat(first.exitCode()).as(first.output()).isEqualTo(SIGTERM_EXIT);
    List<JsonNode> lines = first.jsonLines();
    assertThat(lines).extracting(line -> line.get("formattedMessage").asText())
        .anySatisfy(message -> assertThat(message).startsWith("Treaty broker listening on port " + port))
        .contains("Treaty broker stopped");
    assertThat(lines).anySatisfy(line -> {
      assertThat(line.get("loggerName").asText()).isEqualTo("dev.treaty.broker.access");
      assertThat(line.get("kvpList").toString()).contains("\"route\":\"/health\"").contains("\"status\":\"200\"");
    });
    assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("treaty"));

    int secondPort = BrokerProcess.freePort();
    BrokerProcess second = BrokerProcess.start(jar, dataDir.resolve("logs-2"),
        List.of("--port", Integer.toString(secondPort), "--data-dir", dataDir.toString()), Map.of());
    try {
      BrokerHttp again = second.awaitHealthy(secondPort);
      BrokerHttp.Reply version = again.get("/pacticipants/jar-it-consumer/versions/1.0.0");
      assertThat(version.status()).as("the version created before the restart: " + version.body()).isEqualTo(200);
      assertThat(second.output()).containsPattern("INFO .* dev\\.treaty\\.broker\\.access - GET /health 200 [0-9.]+ ms \\(route /health\\)");
    } finally {
      second.stop();
    }
    assertThat(second.exitCode()).isEqualTo(SIGTERM_EXIT);
  }

  @Test
  void runsOnPostgresql(@TempDir Path dir) throws Exception {
    String url = PostgresAccess.jdbcUrl();
    int port = BrokerProcess.freePort();
    BrokerProcess broker = BrokerProcess.start(jar, dir, List.of("--port", Integer.toString(port),
        "--db-url", url, "--db-schema", "treaty_jar_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)), Map.of());
    try {
      BrokerHttp http = broker.awaitHealthy(port);
      assertThat(http.get("/metrics").body()).contains("hikaricp_connections_max{pool=\"treaty-db\"} 10.0");
      assertThat(broker.output()).contains("Treaty broker listening on port " + port + " (database jdbc:postgresql:");
    } finally {
      broker.stop();
    }
    assertThat(broker.exitCode()).as(broker.output()).isEqualTo(SIGTERM_EXIT);
  }

  @Test
  void versionNamesTheProjectVersion(@TempDir Path dir) throws Exception {
    BrokerProcess broker = BrokerProcess.start(jar, dir, List.of("--version"), Map.of());

    assertThat(broker.process().waitFor(30, TimeUnit.SECONDS)).as("exits after --version").isTrue();
    assertThat(broker.exitCode()).as(broker.output()).isZero();
    assertThat(broker.output()).matches("treaty-broker \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void refusesADamagedEmbeddedDatabaseWithOneLineNamingItsDirectory(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    int port = BrokerProcess.freePort();
    BrokerProcess first = BrokerProcess.start(jar, dir.resolve("logs-1"),
        List.of("--port", Integer.toString(port), "--data-dir", data.toString()), Map.of());
    BrokerHttp http = first.awaitHealthy(port);
    for (String tag : List.of("test", "prod")) { // two: H2 rebuilds an index it finds empty
      BrokerHttp.Reply tagged = http.put("/pacticipants/jar-it-consumer/versions/1.0.0/tags/" + tag, null);
      assertThat(tagged.status()).as(tagged.body()).isBetween(200, 201);
    }
    first.stop();
    H2Damage.dropFirstIndexEntry(data, "tags_name_ix");

    BrokerProcess second = BrokerProcess.start(jar, dir.resolve("logs-2"),
        List.of("--port", Integer.toString(BrokerProcess.freePort()), "--data-dir", data.toString()), Map.of());

    assertThat(second.awaitExit(60)).as("exits on its own").isTrue();
    assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
    List<String> errors = second.output().lines().filter(line -> line.contains(" ERROR ")).toList();
    assertThat(errors).as(second.output()).singleElement().asString()
        .contains("The embedded database in " + data.toAbsolutePath().normalize() + " is damaged (index tags_name_ix of table tags")
        .contains("org.h2.tools.Recover");
    assertThat(second.output()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
  }
}

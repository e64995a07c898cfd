package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.broker.internal.store.Database;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.H2Damage;
import dev.treaty.broker.testing.PactFixtures;
import dev.treaty.testing.GoldenFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker whose embedded database is damaged refuses to start, with one line naming the data
 * directory, what is wrong and what to do; a sound copy of the same data still starts.
 */
class DamagedStoreTest {
  private static final GoldenFiles GOLDEN = GoldenFiles.in("damaged-store");

  @TempDir Path dir;
  Path original;

  @BeforeEach
  void publishAndStop() {
    original = dir.resolve("original");
    try (TreatyBroker broker = TreatyBroker.start(config(original))) {
      BrokerHttp http = new BrokerHttp(broker.url());
      for (String version : List.of("1.0.0", "1.0.1", "1.0.2")) {
        String pact = PactFixtures.pact("damage-web", "damage-api", "get order " + version);
        BrokerHttp.Reply published = http.post("/contracts/publish",
            PactFixtures.publishRequest("damage-web", version, "main", List.of("prod"), "damage-api", pact));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
      }
    }
  }

  @Test
  void anIndexThatLostTheEntryOfARowIsRefusedInOneLine() {
    Path copy = H2Damage.copy(original, dir.resolve("copy"));
    H2Damage.dropFirstIndexEntry(copy, "tags_name_ix");

    assertThatThrownBy(() -> TreatyBroker.start(config(copy)))
        .isInstanceOf(DamagedStoreException.class)
        .satisfies(e -> GOLDEN.assertMatches("index-lost-an-entry.txt", withoutDir(e.getMessage(), copy)));
    startsAndStops(original);
  }

  @Test
  void aFileH2CannotReadIsRefusedInOneLine() {
    Path copy = H2Damage.copy(original, dir.resolve("copy"));
    H2Damage.overwriteHeaders(copy);

    assertThatThrownBy(() -> TreatyBroker.start(config(copy)))
        .isInstanceOf(DamagedStoreException.class)
        .satisfies(e -> GOLDEN.assertMatches("unreadable-file.txt", withoutDir(e.getMessage(), copy)));
    startsAndStops(original);
  }

  @Test
  void aSchemaHistoryThatDoesNotMatchTheMigrationsIsRefusedInOneLine() throws Exception {
    Path copy = H2Damage.copy(original, dir.resolve("copy"));
    try (Connection connection = DriverManager.getConnection(Database.embeddedUrl(copy))) {
      connection.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '4'");
    }

    assertThatThrownBy(() -> TreatyBroker.start(config(copy)))
        .isInstanceOf(DamagedStoreException.class)
        .satisfies(e -> GOLDEN.assertMatches("schema-history-mismatch.txt", withoutDir(e.getMessage(), copy)));
  }

  private static void startsAndStops(Path dataDir) {
    try (TreatyBroker broker = TreatyBroker.start(config(dataDir))) {
      assertThat(new BrokerHttp(broker.url()).get("/pacticipants/damage-web/versions/1.0.2").status()).isEqualTo(200);
    }
  }

  private static String withoutDir(String message, Path dataDir) {
    assertThat(message).doesNotContain("\n");
    return message.replace(dataDir.toAbsolutePath().normalize().toString(), "<data-dir>") + "\n";
  }

  private static BrokerConfig config(Path dataDir) {
    return BrokerConfig.builder().host("127.0.0.1").port(0).dataDir(dataDir).build();
  }
}

package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerProcess;
import dev.treaty.broker.testing.PostgresAccess;
import dev.treaty.broker.testing.PublicationAudit;
import dev.treaty.broker.testing.PublishLoad;
import dev.treaty.broker.testing.PublishLoad.Publication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Acknowledged means durable": the real broker jar under a concurrent publish load is killed with
 * SIGKILL at a random moment, several times, and restarted on the same data each time. Afterwards
 * every publication it answered 2xx is there whole, none it did not answer is half there, and the
 * main branch's head is a version whose pact pacts-for-verification returns.
 */
class CrashDurabilityIT {
  private static final int KILLS = 3;
  private static final int PUBLISHING_THREADS = 6;

  @Test
  void everyAcknowledgedPublicationSurvivesSigkillOnTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
    crashRepeatedly(dir, List.of("--data-dir", dir.resolve("data").toString()));
  }

  @Test
  void everyAcknowledgedPublicationSurvivesSigkillOnPostgresql(@TempDir Path dir) throws Exception {
    String schema = "treaty_crash_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    crashRepeatedly(dir, List.of("--db-url", PostgresAccess.jdbcUrl(), "--db-schema", schema));
  }

  private static void crashRepeatedly(Path dir, List<String> database) throws Exception {
    List<Publication> sent = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    for (int kill = 1; kill <= KILLS; kill++) {
      Running broker = start(dir, "run-" + kill, database);
      try (PublishLoad load = PublishLoad.start(broker.http(), "k" + kill, PUBLISHING_THREADS)) {
        assertThat(load.awaitFirstAcknowledgement(30)).as("a publication answered 2xx:%n%s", broker.process().output()).isTrue();
        Thread.sleep(ThreadLocalRandom.current().nextLong(500, 3_000));
        broker.process().kill();
        sent.addAll(load.awaitEnd());
        unexpected.addAll(load.unexpectedAnswers());
      }
    }
    Running broker = start(dir, "after-kills", database);
    try {
      List<String> problems = new PublicationAudit(broker.http()).problems(sent);
      long acknowledged = sent.stream().filter(Publication::acknowledged).count();
      assertThat(unexpected).as("answers that were neither 2xx nor a lost connection").isEmpty();
      assertThat(acknowledged).as("publications acknowledged before the kills").isGreaterThan(KILLS);
      assertThat(problems)
          .as("%d problems among %d publications (%d acknowledged) after %d SIGKILLs; first ones:%n%s",
              problems.size(), sent.size(), acknowledged, KILLS, String.join("\n", problems.subList(0, Math.min(20, problems.size()))))
          .isEmpty();
    } finally {
      broker.process().stop();
    }
  }

  /** A broker process that answered {@code /health}, and a client for it. */
  private record Running(BrokerProcess process, BrokerHttp http) {}

  private static Running start(Path dir, String name, List<String> database) throws Exception {
    int port = BrokerProcess.freePort();
    List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(port)));
    args.addAll(database);
    BrokerProcess broker = BrokerProcess.start(BrokerProcess.jar(), dir.resolve(name), args, Map.of());
    return new Running(broker, broker.awaitHealthy(port));
  }
}

package dev.treaty.broker.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.RunningBroker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancelling a request's {@link RequestWork} from another thread (what the client watch does when
 * the client has gone) stops its running statement on the database, refuses its later statements
 * and reports {@link DatabaseFailure#CLIENT_GONE}; the connection goes back to the pool.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RequestWorkTest {
  /** Runs until cancelled: minutes on either database. */
  private static final String ENDLESS = "SELECT COUNT(*) FROM generate_series(1, 100000) AS a(x) "
      + "CROSS JOIN generate_series(1, 100000) AS b(y) WHERE a.x + b.y = -1";

  @Parameter Backend backend;

  private Database database;

  @BeforeEach
  void open() {
    database = Database.open(RunningBroker.baseConfig(backend).build());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aCancelledRequestsRunningStatementStopsAndItsConnectionIsFree() throws Exception {
    CompletableFuture<RequestWork> bound = new CompletableFuture<>();
    CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
      RequestWork work = RequestWork.begin();
      bound.complete(work);
      try {
        return catchThrowable(() -> database.read(handle -> handle.createQuery(ENDLESS).mapTo(Long.class).one()));
      } finally {
        work.end();
      }
    });
    RequestWork work = bound.get(10, TimeUnit.SECONDS);
    while (work.nanosInDatabase(System.nanoTime()) < 0 || database.dataSource().getHikariPoolMXBean().getActiveConnections() == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(200);   // scenario: let the statement get going

    work.cancel();

    assertThat(DatabaseFailure.of(failure.get(20, TimeUnit.SECONDS))).contains(DatabaseFailure.CLIENT_GONE);
    assertThat(database.dataSource().getHikariPoolMXBean().getActiveConnections()).isZero();
    assertThat(catchThrowable(() -> {
      RequestWork again = RequestWork.begin();
      try {
        again.cancel();
        database.read(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
      } finally {
        again.end();
      }
    })).as("a statement of a cancelled request is refused before it runs")
        .satisfies(e -> assertThat(DatabaseFailure.of(e)).contains(DatabaseFailure.CLIENT_GONE));
  }
}

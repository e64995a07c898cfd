package dev.treaty.broker.internal.store;

import java.time.Clock;
import java.util.function.Function;

/**
 * The one door to the database for everything above storage: work on {@link Stores}, read-only
 * or in one read-write transaction, whose {@code now} comes from the broker's clock once per
 * transaction. Writes keep {@link Database#write}'s retry after a lost race on a unique constraint
 * (the work runs again from the start, with a fresh {@code now}).
 */
public final class Storage {
  private final Database database;
  private final Clock clock;

  public Storage(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Runs read-only {@code work} on one connection. */
  public <T> T read(Function<Stores, T> work) {
    return database.read(handle -> work.apply(Stores.of(handle, clock.instant())));
  }

  /** Runs {@code work} in one transaction, which commits when it returns. */
  public <T> T write(Function<Stores, T> work) {
    return database.write(handle -> work.apply(Stores.of(handle, clock.instant())));
  }
}

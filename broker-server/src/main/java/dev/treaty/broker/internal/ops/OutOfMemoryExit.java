package dev.treaty.broker.internal.ops;

import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an {@link OutOfMemoryError} the process cannot be trusted to serve: any thread may have
 * died halfway, and the embedded H2 closes its database for good when one reaches it (every later
 * request would fail). So the broker process stops at once with one log line and exit status
 * {@value #EXIT_STATUS} (the JVM's own for {@code -XX:+ExitOnOutOfMemoryError}) for its supervisor
 * to restart it; every acknowledged write is already committed, so nothing acknowledged is lost.
 *
 * <p>The broker jar {@linkplain #install() installs} it; a broker embedded in another application
 * ({@code TreatyBroker.start}) leaves the process alone unless the application installs it or runs
 * with {@code -XX:+ExitOnOutOfMemoryError}. Every place an error surfaces calls {@link #check}: the
 * routes' error handlers, the request threads and the default handler of uncaught exceptions.
 */
public final class OutOfMemoryExit {
  /** The exit status after an out-of-memory error. */
  public static final int EXIT_STATUS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExit.class);
  private static volatile boolean installed;

  private OutOfMemoryExit() {}

  /** Makes {@link #check} stop the process, also for errors no request sees (uncaught in any thread). */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
      check(error);
      if (previous != null) {
        previous.uncaughtException(thread, error);
      } else {
        LOG.error("uncaught exception in thread {}", thread.getName(), error);
      }
    });
  }

  /** Stops the process when {@code error} is, or was caused by, an {@link OutOfMemoryError} and this is installed. */
  public static void check(Throwable error) {
    OutOfMemoryError oom = outOfMemory(error);
    if (oom != null && installed) {
      halt(oom);
    }
  }

  /** The {@link OutOfMemoryError} among {@code error} and its causes, or null. */
  static OutOfMemoryError outOfMemory(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  private static void halt(OutOfMemoryError oom) {
    try {
      LOG.error("Out of memory ({}): the broker stops now with exit status {} for its supervisor to restart it (it cannot be"
          + " trusted to serve after this; acknowledged writes are committed). Give it more heap (-Xmx) or a smaller"
          + " --body-memory-budget", oom.getMessage(), EXIT_STATUS, oom);
    } catch (Throwable ignored) {
      // no memory even to log: the exit status still says why
    } finally {
      Runtime.getRuntime().halt(EXIT_STATUS);
    }
  }
}

package dev.treaty.benchmarks.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time (user + system, from Linux's {@code /proc/<pid>/stat}) of the broker's JVM and of the
 * PostgreSQL backends serving it (found by {@code application_name} in {@code pg_stat_activity}):
 * per request, this is what the machine's load does not change, unlike latency. Either part may
 * be off (pid 0, no database URL).
 */
final class CpuMeter {
  /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private final long brokerPid;
  private final String databaseUrl;
  private final String applicationName;

  CpuMeter(long brokerPid, String databaseUrl, String applicationName) {
    this.brokerPid = brokerPid;
    this.databaseUrl = databaseUrl;
    this.applicationName = applicationName;
  }

  boolean measures() {
    return brokerPid > 0 || databaseUrl != null;
  }

  /** CPU seconds so far: the broker's, and per database backend. */
  record Reading(double broker, Map<Long, Double> backends) {
    /** CPU milliseconds spent since {@code before}, broker and database (new backends count whole). */
    double[] millisSince(Reading before) {
      double database = 0;
      for (Map.Entry<Long, Double> backend : backends.entrySet()) {
        database += backend.getValue() - before.backends().getOrDefault(backend.getKey(), 0.0);
      }
      return new double[] {(broker - before.broker()) * 1000, database * 1000};
    }
  }

  Reading read() throws IOException, SQLException {
    Map<Long, Double> backends = new HashMap<>();
    if (databaseUrl != null) {
      try (Connection connection = DriverManager.getConnection(databaseUrl);
          PreparedStatement query = connection.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?")) {
        query.setString(1, applicationName);
        try (ResultSet pids = query.executeQuery()) {
          while (pids.next()) {
            backends.put(pids.getLong(1), seconds(pids.getLong(1)));
          }
        }
      }
    }
    return new Reading(brokerPid > 0 ? seconds(brokerPid) : 0, backends);
  }

  /** utime + stime of a process; 0 when it is gone. */
  static double seconds(long pid) throws IOException {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (NoSuchFileException gone) {
      return 0;
    }
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }
}

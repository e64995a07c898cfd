package dev.treaty.broker.internal.store;

import dev.treaty.broker.server.DamagedStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Before the broker serves from the embedded H2 database: checks that it opens and that every index
 * of every table has exactly one entry per row (a crash of an H2 without synchronous commits could
 * leave a row in its table but not in its indexes), then compacts the file ({@code SHUTDOWN
 * COMPACT}), reclaiming the space the broker's append-only writing ({@code REUSE_SPACE=FALSE})
 * left behind. Reads each index once: a scan of index entries, not of the pact contents.
 */
final class EmbeddedStoreCheck {
  /** H2's error code for a database file another process holds open. */
  private static final int DATABASE_ALREADY_OPEN = 90020;
  private static final String INDEXES = """
      SELECT i.table_name, i.index_name, i.index_type_name, c.column_name
        FROM information_schema.indexes i
        JOIN information_schema.index_columns c
          ON c.index_schema = i.index_schema AND c.index_name = i.index_name AND c.ordinal_position = 1
       WHERE i.table_schema = CURRENT_SCHEMA
       ORDER BY i.table_name, i.index_name""";

  private EmbeddedStoreCheck() {}

  /** Throws {@link DamagedStoreException} (one line naming {@code dataDir}) unless the store there is sound; compacts it. */
  static void verifyAndCompact(Path dataDir) {
    try (Connection connection = DriverManager.getConnection(Database.maintenanceUrl(dataDir))) {
      List<String> problems = indexProblems(connection);
      if (!problems.isEmpty()) {
        throw damaged(dataDir, String.join("; ", problems), null);
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
        throw new DamagedStoreException("The embedded database in " + dataDir.toAbsolutePath().normalize()
            + " is in use by another process (another broker?): stop it, or give this broker its own --data-dir", e);
      }
      if (ranOutOfMemory(e)) {
        throw new DamagedStoreException("The embedded database in " + dataDir.toAbsolutePath().normalize()
            + " could not be checked: the heap ran out while H2 read it (" + firstLine(e.getMessage()) + "); that says"
            + " nothing about the file. Give the broker more heap (-Xmx) and start it again", e);
      }
      throw damaged(dataDir, "H2 cannot read it: " + firstLine(e.getMessage()), e);
    }
  }

  /** H2 reports an {@link OutOfMemoryError} as an SQL error; it is no sign of damage. */
  private static boolean ranOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || t.getMessage() != null && t.getMessage().contains("java.lang.OutOfMemoryError")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> indexProblems(Connection connection) throws SQLException {
    List<String[]> indexes = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(INDEXES)) {
      while (rs.next()) {
        indexes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    List<String> problems = new ArrayList<>();
    for (String[] index : indexes) {
      if ("PRIMARY KEY".equals(index[2])) {
        continue; // the primary key is the table itself
      }
      long rows = count(connection, "SELECT COUNT(*) FROM " + quote(index[0]));
      String column = quote(index[3]);
      // USE INDEX and a condition on its first column that every row meets: H2 scans that index.
      long entries = count(connection, "SELECT COUNT(*) FROM " + quote(index[0]) + " USE INDEX (" + quote(index[1]) + ")"
          + " WHERE " + column + " IS NULL OR " + column + " IS NOT NULL");
      if (entries != rows) {
        problems.add("index " + index[1] + " of table " + index[0] + " has " + entries + " entries for " + rows + " rows");
      }
    }
    return problems;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static DamagedStoreException damaged(Path dataDir, String what, Throwable cause) {
    Path dir = dataDir.toAbsolutePath().normalize();
    return new DamagedStoreException("The embedded database in " + dir + " is damaged (" + what + "); the broker will not"
        + " serve from it. Restore " + dir + " from a backup, or salvage what H2 can still read with its recovery tool:"
        + " java -cp treaty-broker.jar org.h2.tools.Recover -dir " + dir + " -db treaty (see \"Durability\" in the broker README)", cause);
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}

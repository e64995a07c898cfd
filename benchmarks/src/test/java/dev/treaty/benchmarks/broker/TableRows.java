package dev.treaty.benchmarks.broker;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Rows streamed into one table in bulk, committed when closed: PostgreSQL's {@code COPY ... FROM
 * STDIN} (text format), or batched JDBC inserts elsewhere (H2). Values: String, Number, Boolean,
 * Instant, or null.
 */
abstract class TableRows implements AutoCloseable {
  protected final Connection connection;
  private long count;

  TableRows(Connection connection) {
    this.connection = connection;
  }

  /** COPY on PostgreSQL, batched inserts on any other database. */
  static TableRows open(Connection connection, String table, List<String> columns) throws SQLException {
    return connection.isWrapperFor(BaseConnection.class) ? new Copy(connection, table, columns) : new Batch(connection, table, columns);
  }

  final void add(Object... values) throws SQLException {
    write(values);
    count++;
  }

  /** How many rows were added. */
  final long count() {
    return count;
  }

  protected abstract void write(Object[] values) throws SQLException;

  /** Sends what is left and commits. */
  @Override
  public abstract void close() throws SQLException;

  /** {@code COPY table (columns) FROM STDIN}, the fastest way into PostgreSQL. */
  private static final class Copy extends TableRows {
    private static final int FLUSH_AT = 1 << 20;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

    Copy(Connection connection, String table, List<String> columns) throws SQLException {
      super(connection);
      this.copy = new CopyManager(connection.unwrap(BaseConnection.class))
          .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    protected void write(Object[] values) throws SQLException {
      for (int k = 0; k < values.length; k++) {
        if (k > 0) {
          buffer.append('\t');
        }
        text(values[k]);
      }
      buffer.append('\n');
      if (buffer.length() >= FLUSH_AT) {
        flush();
      }
    }

    private void text(Object value) {
      if (value == null) {
        buffer.append("\\N");
      } else if (value instanceof Boolean b) {
        buffer.append(b ? 't' : 'f');
      } else if (value instanceof String s) {
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          switch (ch) {
            case '\\' -> buffer.append("\\\\");
            case '\t' -> buffer.append("\\t");
            case '\n' -> buffer.append("\\n");
            case '\r' -> buffer.append("\\r");
            default -> buffer.append(ch);
          }
        }
      } else {
        buffer.append(value);
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      flush();
      copy.endCopy();
      connection.commit();
    }
  }

  /** Batched prepared inserts, committed every {@link #COMMIT_EVERY} rows so one transaction stays small. */
  private static final class Batch extends TableRows {
    private static final int BATCH = 1000;
    private static final int COMMIT_EVERY = 50_000;
    private final PreparedStatement insert;
    private int pending;
    private int uncommitted;

    Batch(Connection connection, String table, List<String> columns) throws SQLException {
      super(connection);
      this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
    }

    @Override
    protected void write(Object[] values) throws SQLException {
      for (int k = 0; k < values.length; k++) {
        Object value = values[k] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : values[k];
        insert.setObject(k + 1, value);
      }
      insert.addBatch();
      if (++pending == BATCH) {
        execute();
      }
    }

    private void execute() throws SQLException {
      insert.executeBatch();
      uncommitted += pending;
      pending = 0;
      if (uncommitted >= COMMIT_EVERY) {
        connection.commit();
        uncommitted = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      execute();
      insert.close();
      connection.commit();
    }
  }
}

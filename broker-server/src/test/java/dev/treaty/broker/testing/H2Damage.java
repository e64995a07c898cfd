package dev.treaty.broker.testing;

import dev.treaty.broker.internal.store.Database;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Damages a copy of an embedded broker database the ways a crash or a disk can: an index that lost
 * the entry of a row still in its table (through H2's storage maps, beneath SQL), or file headers
 * overwritten with garbage.
 */
public final class H2Damage {
  private H2Damage() {}

  /** Copies the data directory {@code from} (a stopped broker's) to {@code to}. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the first entry of index {@code indexName}, leaving its table's rows as they are. The
   * index must keep at least one entry: H2 rebuilds an index it finds empty at open.
   */
  public static void dropFirstIndexEntry(Path dataDir, String indexName) {
    try (Connection connection = DriverManager.getConnection(Database.embeddedUrl(dataDir))) {
      SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
      Index index = session.getDatabase().getSchema("public").findIndex(session, indexName);
      MVStore store = session.getDatabase().getStore().getMvStore();
      MVMap<Object, Object> entries = store.openMap("index." + index.getId());
      entries.remove(entries.firstKey());
      store.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Overwrites the first 8 KiB of the database file (both of H2's file headers) with garbage. */
  public static void overwriteHeaders(Path dataDir) {
    try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve("treaty.mv.db").toFile(), "rw")) {
      byte[] garbage = new byte[8192];
      Arrays.fill(garbage, (byte) 'x');
      file.write(garbage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

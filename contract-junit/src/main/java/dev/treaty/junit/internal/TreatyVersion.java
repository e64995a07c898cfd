package dev.treaty.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Treaty, written into the metadata of every contract so readers know the writer. */
final class TreatyVersion {
  private static final String VERSION = load();

  private TreatyVersion() {}

  static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = TreatyVersion.class.getResourceAsStream("treaty-version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = TreatyVersion.class.getPackage().getImplementationVersion();
    return manifest == null ? "unknown" : manifest;
  }
}

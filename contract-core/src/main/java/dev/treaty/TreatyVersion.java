package dev.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Treaty on the class path: written into the metadata of every contract Treaty
 * writes, sent as {@code verifiedBy} with verification results, and printed by {@code --version}.
 */
public final class TreatyVersion {
  private static final String UNKNOWN = "unknown";
  private static final String VERSION = load();

  private TreatyVersion() {}

  /** The version Maven wrote into contract-core at build time, or {@code "unknown"}. */
  public static String current() {
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
      // an unreadable resource is reported like a missing one
    }
    return UNKNOWN;
  }
}

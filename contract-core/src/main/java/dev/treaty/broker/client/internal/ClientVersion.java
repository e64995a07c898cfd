package dev.treaty.broker.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Treaty version, sent as {@code verifiedBy.version} so the broker shows who verified. */
public final class ClientVersion {
  private static final String VERSION = load();

  private ClientVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("treaty-version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return "unknown";
  }
}

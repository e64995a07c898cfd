package dev.treaty.contract.internal;

import java.util.Locale;

/** Classifies media types as JSON, XML or text; shared by body parsing, matching and writing. */
public final class ContentTypes {
  private ContentTypes() {}

  /** The media type without parameters, trimmed and in lower case; null stays null. */
  public static String baseType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isJson(String contentType) {
    String t = baseType(contentType);
    return t != null
        && (t.equals("application/json")
            || t.endsWith("+json")
            || t.equals("text/json")
            || (t.startsWith("application/") && t.endsWith("json")));
  }

  public static boolean isXml(String contentType) {
    String t = baseType(contentType);
    return t != null && (t.equals("application/xml") || t.equals("text/xml") || t.endsWith("+xml"));
  }

  public static boolean isText(String contentType) {
    String t = baseType(contentType);
    return t != null
        && (t.startsWith("text/")
            || t.equals("application/x-www-form-urlencoded")
            || t.equals("application/javascript")
            || t.equals("application/yaml"));
  }
}

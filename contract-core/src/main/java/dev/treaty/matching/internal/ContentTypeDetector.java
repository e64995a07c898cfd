package dev.treaty.matching.internal;

import dev.treaty.contract.internal.ContentTypes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Detects a content type from magic bytes; exists for the {@code contentType} rule. */
public final class ContentTypeDetector {
  private ContentTypeDetector() {}

  /** The detected media type, such as {@code image/png}, {@code application/json}, {@code text/plain}. */
  public static String detect(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "application/zip";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "application/gzip";
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 11 && b[8] == 'W' && b[9] == 'E') {
      return "image/webp";
    }
    String text = utf8(b);
    if (text == null) {
      return "application/octet-stream";
    }
    String t = text.stripLeading();
    if (t.startsWith("<?xml") || (t.startsWith("<") && !t.regionMatches(true, 0, "<!doctype html", 0, 14)
        && !t.regionMatches(true, 0, "<html", 0, 5))) {
      return "application/xml";
    }
    if (t.regionMatches(true, 0, "<!doctype html", 0, 14) || t.regionMatches(true, 0, "<html", 0, 5)) {
      return "text/html";
    }
    if ((t.startsWith("{") || t.startsWith("[")) && JsonText.isJson(text)) {
      return "application/json";
    }
    return "text/plain";
  }

  /** Whether a detected type satisfies the expected one (JSON and XML families count as equal). */
  public static boolean matches(String expected, String detected) {
    String e = ContentTypes.baseType(expected);
    if (e == null) {
      return false;
    }
    if (e.equals(detected)) {
      return true;
    }
    if (ContentTypes.isJson(e) && ContentTypes.isJson(detected)) {
      return true;
    }
    if (ContentTypes.isXml(e) && ContentTypes.isXml(detected)) {
      return true;
    }
    return e.equals("text/plain") && (detected.startsWith("text/") || detected.equals("application/json")
        || detected.equals("application/xml"));
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String utf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

package dev.treaty.broker.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Makes fuzz inputs readable in a report: escapes what a terminal would hide ({@code \u0000},
 * {@code \xC3} for a byte that is not UTF-8), writes a run of one character as
 * {@code <5000 × 'a'>}, and stops after {@value #MAX} characters. It reads only as far as it
 * writes, so describing a 10 MB body costs no more than a short one.
 */
final class Printable {
  private static final int MAX = 2_000;
  private static final int RUN = 16;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Printable() {}

  /** {@code bytes} as UTF-8 text, or byte by byte where they are not UTF-8. */
  static String of(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return of(text);
    } catch (CharacterCodingException e) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < bytes.length && out.length() < MAX) {
        int j = i;
        while (j < bytes.length && bytes[j] == bytes[i]) {
          j++;
        }
        int c = bytes[i] & 0xFF;
        String one = c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : "\\x" + HEX[c >> 4] + HEX[c & 0xF];
        out.append(j - i > RUN ? "<" + (j - i) + " × '" + one + "'>" : one.repeat(j - i));
        i = j;
      }
      return i < bytes.length ? out + "… (" + (bytes.length - i) + " more bytes)" : out.toString();
    }
  }

  static String of(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length() && out.length() < MAX) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      int j = i;
      while (j < text.length() && text.codePointAt(j) == cp) {
        j += width;
      }
      int count = (j - i) / width;
      String one = escape(text, i, cp);
      out.append(count > RUN ? "<" + count + " × '" + one + "'>" : one.repeat(count));
      i = j;
    }
    return i < text.length() ? out + "… (" + (text.length() - i) + " more characters)" : out.toString();
  }

  private static String escape(String text, int i, int cp) {
    if (cp == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
      return "\\n\n";
    }
    if (cp == '\r') {
      return "\\r";
    }
    if (cp < 0x20 || cp == 0x7F || Character.isSurrogate((char) cp) || cp == 0xFEFF || cp == 0x202E) {
      return "\\u" + HEX[cp >> 12 & 0xF] + HEX[cp >> 8 & 0xF] + HEX[cp >> 4 & 0xF] + HEX[cp & 0xF];
    }
    return new String(Character.toChars(cp));
  }
}

package dev.treaty.broker.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of the body's bytes once the JSON is written: truncated, emptied, invalid UTF-8 or a
 * raw NUL spliced in, a byte order mark, another encoding, gzip without saying so, text that is
 * almost JSON, and a body past the broker's size limit.
 */
final class ByteMutations {
  private static final List<String> ALMOST_JSON = List.of("not json", "<xml/>", "{", "}", "[", "\"", "{\"a\":}", "{'a':1}",
      "{a:1}", "/* c */{}", "{}{}", "{} trailing", "null", "[]", "42", "\"str\"", "true", "{\"a\":\"\\u12\"}",
      "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "{\"a\":1e99999}", "{\"a\":-}", "{\"a\":01}", "{\"a\":NaN}",
      "{\"a\":\"\u0001\"}", "{\"a\":\"\\x41\"}", "{\"\":1}", "[{}]", "{\"a\":1,}", "\u0000", " ");
  private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {0});

  private ByteMutations() {}

  static Gen<Mutation> of() {
    Gen<Double> where = Generate.range(0, 100).map(percent -> percent / 100.0);
    return Fuzz.frequency(
        Pair.of(3, where.map(f -> bytes("truncated at " + percent(f), b -> Arrays.copyOf(b, (int) (b.length * f))))),
        Pair.of(1, Generate.constant(bytes("emptied", b -> new byte[0]))),
        Pair.of(3, Fuzz.combine(where, Generate.range(0, INVALID_UTF8.size() - 1), (f, i) ->
            bytes("bytes " + hex(INVALID_UTF8.get(i)) + " inserted at " + percent(f), b -> insert(b, f, INVALID_UTF8.get(i))))),
        Pair.of(3, Fuzz.pick(ALMOST_JSON).map(text -> bytes("body := '" + Printable.of(text) + "'",
            b -> text.getBytes(StandardCharsets.UTF_8)))),
        Pair.of(1, Generate.constant(bytes("byte order mark prepended", b -> insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))),
        Pair.of(1, Fuzz.pick("UTF-16", "UTF-16LE", "UTF-32", "ISO-8859-1").map(charset -> bytes("re-encoded as " + charset,
            b -> new String(b, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName(charset))))),
        Pair.of(1, Generate.constant(bytes("gzipped (no Content-Encoding)", ByteMutations::gzip))),
        Pair.of(1, Generate.constant(new Mutation(Mutation.Stage.BYTES, "gzipped with Content-Encoding: gzip", d -> {
          d.bytes = gzip(d.body());
          d.header("Content-Encoding", "gzip");
        }))),
        Pair.of(1, Fuzz.frequency(Pair.of(4, Generate.constant(1_000_000)), Pair.of(1, Generate.constant(10_485_761))).map(n -> bytes("padded with " + n + " spaces",
            b -> insert(b, 0, " ".repeat(n).getBytes(StandardCharsets.US_ASCII))))));
  }

  private static Mutation bytes(String description, java.util.function.UnaryOperator<byte[]> change) {
    return new Mutation(Mutation.Stage.BYTES, "body " + description, d -> d.bytes = change.apply(d.body()));
  }

  private static byte[] insert(byte[] body, double at, byte[] inserted) {
    int i = (int) (body.length * at);
    byte[] out = new byte[body.length + inserted.length];
    System.arraycopy(body, 0, out, 0, i);
    System.arraycopy(inserted, 0, out, i, inserted.length);
    System.arraycopy(body, i, out, i + inserted.length, body.length - i);
    return out;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String percent(double f) {
    return Math.round(f * 100) + "%";
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X", b));
    }
    return out.toString();
  }
}

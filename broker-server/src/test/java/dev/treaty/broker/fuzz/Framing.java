package dev.treaty.broker.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a request's body goes on the wire: a correct {@code Content-Length}, valid chunks, or one of
 * the malformed framings (a length that lies, broken chunks, both headers at once). Malformed ones
 * close the connection afterwards; those that leave the server waiting for bytes that never come
 * half-close it, so the server sees the end of input instead of waiting for its idle timeout.
 */
public sealed interface Framing {
  /** The framing header lines (each ending in CRLF) for a body of {@code length} bytes. */
  String headers(int length);

  /** The body bytes as framed. */
  byte[] frame(byte[] body);

  /** True when the connection cannot carry another request after this one. */
  default boolean closesConnection() {
    return true;
  }

  /** True when the client must shut down its output after writing, or the server would wait for more. */
  default boolean halfClose() {
    return false;
  }

  /** {@code Content-Length} of the body, as every ordinary client sends it. */
  record Exact() implements Framing {
    @Override
    public String headers(int length) {
      return "Content-Length: " + length + "\r\n";
    }

    @Override
    public byte[] frame(byte[] body) {
      return body;
    }

    @Override
    public boolean closesConnection() {
      return false;
    }

    @Override
    public String toString() {
      return "content-length";
    }
  }

  /** Valid chunked encoding in chunks of {@code size} bytes. */
  record Chunked(int size) implements Framing {
    @Override
    public String headers(int length) {
      return "Transfer-Encoding: chunked\r\n";
    }

    @Override
    public byte[] frame(byte[] body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int at = 0; at < body.length; at += size) {
        int n = Math.min(size, body.length - at);
        out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, at, n);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    }

    @Override
    public boolean closesConnection() {
      return false;
    }

    @Override
    public String toString() {
      return "chunked(" + size + ")";
    }
  }

  /** {@code Content-Length} off by {@code delta} bytes: negative sends more than declared, positive less. */
  record LyingLength(int delta) implements Framing {
    @Override
    public String headers(int length) {
      return "Content-Length: " + Math.max(0, length + delta) + "\r\n";
    }

    @Override
    public byte[] frame(byte[] body) {
      return body;
    }

    @Override
    public boolean halfClose() {
      return delta > 0;
    }

    @Override
    public String toString() {
      return "content-length" + (delta > 0 ? "+" : "") + delta;
    }
  }

  /** A {@code Content-Length} that is not one number: {@code value} verbatim, maybe twice with another. */
  record BadLength(String value, boolean duplicated) implements Framing {
    @Override
    public String headers(int length) {
      return "Content-Length: " + value + "\r\n" + (duplicated ? "Content-Length: " + length + "\r\n" : "");
    }

    @Override
    public byte[] frame(byte[] body) {
      return body;
    }

    @Override
    public boolean halfClose() {
      return true;
    }

    @Override
    public String toString() {
      return "content-length '" + value + "'" + (duplicated ? " twice" : "");
    }
  }

  /** Broken chunked encoding, one way per {@link ChunkFault}. */
  record BadChunks(ChunkFault fault) implements Framing {
    @Override
    public String headers(int length) {
      return fault == ChunkFault.WITH_CONTENT_LENGTH
          ? "Transfer-Encoding: chunked\r\nContent-Length: " + length + "\r\n"
          : fault == ChunkFault.UNKNOWN_CODING ? "Transfer-Encoding: gzip, chunked\r\n" : "Transfer-Encoding: chunked\r\n";
    }

    @Override
    public byte[] frame(byte[] body) {
      String hex = Integer.toHexString(body.length);
      byte[] head = switch (fault) {
        case SIZE_NOT_HEX -> "zz\r\n".getBytes(StandardCharsets.US_ASCII);
        case SIZE_TOO_LARGE -> (Integer.toHexString(body.length + 100) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        case SIZE_OVERFLOW -> "ffffffffffffffffff\r\n".getBytes(StandardCharsets.US_ASCII);
        case EXTENSION_GARBAGE -> (hex + ";\u0001=\"\r\n").getBytes(StandardCharsets.ISO_8859_1);
        default -> (hex + "\r\n").getBytes(StandardCharsets.US_ASCII);
      };
      byte[] tail = switch (fault) {
        case NO_LAST_CHUNK -> "\r\n".getBytes(StandardCharsets.US_ASCII);
        case MISSING_CRLF -> "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        case BAD_TRAILER -> "\r\n0\r\nX-Trailer\u0000: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        default -> "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      };
      byte[] out = Arrays.copyOf(head, head.length + body.length + tail.length);
      System.arraycopy(body, 0, out, head.length, body.length);
      System.arraycopy(tail, 0, out, head.length + body.length, tail.length);
      return out;
    }

    @Override
    public boolean halfClose() {
      return true;
    }

    @Override
    public String toString() {
      return "chunked, " + fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** The ways {@link BadChunks} breaks chunked encoding. */
  enum ChunkFault {
    SIZE_NOT_HEX, SIZE_TOO_LARGE, SIZE_OVERFLOW, EXTENSION_GARBAGE, NO_LAST_CHUNK, MISSING_CRLF, BAD_TRAILER,
    WITH_CONTENT_LENGTH, UNKNOWN_CODING
  }
}

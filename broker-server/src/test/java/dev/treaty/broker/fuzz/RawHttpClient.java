package dev.treaty.broker.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client over a plain socket that sends {@link RawRequest}s byte for byte (no client
 * library would send a NUL in a path or a lying {@code Content-Length}) and reads the reply. It
 * keeps one connection alive between well-framed requests (so a long campaign does not pile up
 * sockets in TIME_WAIT) and opens a new one after a reply that closes it or a malformed framing.
 */
public final class RawHttpClient implements AutoCloseable {
  private static final int MAX_BODY = 64 * 1024 * 1024;

  private final InetSocketAddress address;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;

  public RawHttpClient(String host, int port, int timeoutMillis) {
    this.address = new InetSocketAddress(host, port);
    this.timeoutMillis = timeoutMillis;
  }

  public RawReply send(RawRequest request) {
    boolean reused = socket != null;
    RawReply reply = attempt(request);
    if (reused && !reply.answered() && !reply.failure().startsWith(SocketTimeoutException.class.getSimpleName())) {
      reply = attempt(request); // the kept connection had been closed by the server: one try on a fresh one
    }
    return reply;
  }

  private RawReply attempt(RawRequest request) {
    try {
      return exchange(request);
    } catch (IOException | RuntimeException e) {
      closeQuietly();
      return RawReply.none(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private RawReply exchange(RawRequest request) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(timeoutMillis);
      socket.connect(address, timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream());
    }
    OutputStream out = socket.getOutputStream();
    try {
      out.write(request.bytes());
      out.flush();
      if (request.framing().halfClose()) {
        socket.shutdownOutput();
      }
    } catch (IOException e) {
      // the server refused before reading everything (a header too large, say): its reply may be there
    }
    RawReply reply = read(in, request.method().equals("HEAD"));
    if (request.closesConnection() || !reply.answered() || "close".equalsIgnoreCase(reply.header("Connection"))) {
      closeQuietly();
    }
    return reply;
  }

  private static RawReply read(InputStream in, boolean head) throws IOException {
    while (true) {
      String statusLine = line(in);
      if (statusLine == null) {
        return RawReply.none("connection closed before a status line");
      }
      String[] parts = statusLine.split(" ", 3);
      int status = parts.length >= 2 ? Integer.parseInt(parts[1]) : 0;
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
      if (status >= 100 && status < 200) {
        continue; // 100 Continue and other interim replies
      }
      try {
        byte[] body = head || status == 204 || status == 304 ? new byte[0] : body(in, headers);
        return new RawReply(status, headers, body, null);
      } catch (IOException e) {
        return new RawReply(status, headers, new byte[0], "body cut off: " + e.getMessage()); // the status still counts
      }
    }
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
    List<String> encoding = headers.get("transfer-encoding");
    if (encoding != null && encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        out.writeBytes(exactly(in, size));
        line(in);
      }
      for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
        // trailers are not used
      }
      return out.toByteArray();
    }
    List<String> length = headers.get("content-length");
    if (length != null) {
      return exactly(in, Integer.parseInt(length.get(0)));
    }
    return in.readNBytes(MAX_BODY); // until the server closes
  }

  private static int chunkSize(String line) throws IOException {
    if (line == null) {
      throw new IOException("connection closed inside a chunked reply");
    }
    return Integer.parseInt(line.split(";", 2)[0].trim(), 16);
  }

  private static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new IOException("connection closed after " + bytes.length + " of " + n + " body bytes");
    }
    return bytes;
  }

  /** One CRLF- (or LF-) terminated line as ISO-8859-1, or null at the end of input. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private void closeQuietly() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a connection the server may already have closed
      }
    }
    socket = null;
    in = null;
  }

  @Override
  public void close() {
    closeQuietly();
  }
}

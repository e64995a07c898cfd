package dev.treaty.broker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Hand-made HTTP/1.1 bytes over a plain socket, for framing no HTTP client would send (broken
 * chunked encoding, bodies shorter than their Content-Length): what the broker answers, if anything,
 * before it closes the connection.
 */
public final class RawHttp {
  private static final int READ_TIMEOUT_MS = 10_000;

  private RawHttp() {}

  /** The answer: its status (0 when the broker closed the connection without one) and its text. */
  public record Answer(int status, String text) {}

  /**
   * Sends {@code request} to the broker at {@code base}, then closes the sending side (so a body cut
   * short ends there), and reads until the broker closes the connection or ten seconds pass.
   */
  public static Answer exchange(URI base, byte[] request) {
    return exchange(base, request, true);
  }

  /**
   * Sends a whole request ({@code Connection: close}, as {@link #chunkedPost} writes) and keeps the
   * sending side open while the broker works: a half-closed connection is a client that has gone
   * (the broker's ClientWatch cancels its work and logs 499, as nginx does).
   */
  public static Answer exchangeWhole(URI base, byte[] request) {
    return exchange(base, request, false);
  }

  private static Answer exchange(URI base, byte[] request, boolean halfClose) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), READ_TIMEOUT_MS);
      socket.setSoTimeout(READ_TIMEOUT_MS);
      try {
        socket.getOutputStream().write(request);
        if (halfClose) {
          socket.shutdownOutput();
        }
      } catch (SocketException closedWhileSending) {
        // the broker may answer and close before reading everything; read what it said
      }
      String text = read(socket.getInputStream());
      return new Answer(status(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException("exchange with " + base + " failed", e);
    }
  }

  /** A chunked {@code POST} of {@code path}: the head and the given body bytes, written as they are. */
  public static byte[] chunkedPost(String path, String chunkedBody) {
    return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunkedBody).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | SocketException stoppedReading) {
      // a timeout or a reset: what arrived before it is the answer
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static int status(String text) {
    if (!text.startsWith("HTTP/1.1 ")) {
      return 0;
    }
    return Integer.parseInt(text.substring(9, 12));
  }
}

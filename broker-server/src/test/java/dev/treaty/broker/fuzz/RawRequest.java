package dev.treaty.broker.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One HTTP/1.1 request exactly as it goes on the wire, bad bytes included: a request line, header
 * lines, and the body sent as {@link #framing} says. {@link #closesConnection()} when the framing
 * leaves the connection in an unknown state, so the client opens a fresh one for the next request.
 */
public record RawRequest(String method, String target, String version, List<Header> headers, byte[] body, Framing framing) {
  /**
   * A header line {@code name: value}, sent as its UTF-8 bytes whatever it holds; with a null
   * {@code value}, {@code name} is the whole line (one that is not {@code name: value} at all).
   */
  public record Header(String name, String value) {
    static Header line(String line) {
      return new Header(line, null);
    }

    @Override
    public String toString() {
      return value == null ? name : name + ": " + value;
    }
  }

  public RawRequest {
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The bytes of the request line and header block, ending with the empty line. */
  byte[] head() {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(' ').append(version).append("\r\n");
    for (Header header : headers) {
      head.append(header).append("\r\n");
    }
    head.append(framing.headers(body.length));
    head.append("\r\n");
    return head.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Everything to write, head and framed body. */
  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head());
    out.writeBytes(framing.frame(body));
    return out.toByteArray();
  }

  boolean closesConnection() {
    return framing.closesConnection();
  }

  /** The request as readable text: control characters escaped, long runs shortened. */
  String describe() {
    String body = Printable.of(this.body);
    return Printable.of(new String(head(), StandardCharsets.UTF_8)) + (body.isEmpty() ? "" : "\n" + body);
  }
}

package dev.treaty.broker.interop;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider the verifiers check: a real HTTP server on a free port answering
 * {@code GET /orders/{id}} with {@code {"id": id, "status": <status>}}. A different status than the
 * consumers expect makes it a provider with a breaking change.
 */
final class OrderService implements AutoCloseable {
  private static final Pattern ORDER = Pattern.compile("/orders/(\\d+)");

  private final HttpServer server;

  private OrderService(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on 127.0.0.1 and a free port; every order has {@code status}. */
  static OrderService start(String status) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        Matcher order = ORDER.matcher(exchange.getRequestURI().getPath());
        boolean found = exchange.getRequestMethod().equals("GET") && order.matches();
        byte[] body = (found
            ? "{\"id\":" + order.group(1) + ",\"status\":\"" + status + "\"}"
            : "{\"error\":\"no such resource\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(found ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return new OrderService(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the order service", e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

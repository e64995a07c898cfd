package dev.treaty.junit.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP order service on a free port: {@code GET /orders/{id}} answers the stored order or
 * 404, and every request needs {@code Authorization: Bearer secret} (else 401). Broken, it writes
 * the total as a string.
 */
final class FakeOrderService implements AutoCloseable {
  private final HttpServer server;
  private final boolean broken;
  private final Map<Long, BigDecimal> orders = new ConcurrentHashMap<>();
  private final List<String> paths = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> clientPorts = Collections.synchronizedList(new ArrayList<>());

  private FakeOrderService(HttpServer server, boolean broken) {
    this.server = server;
    this.broken = broken;
  }

  static FakeOrderService start(boolean broken) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeOrderService service = new FakeOrderService(server, broken);
      server.createContext("/", service::handle);
      server.start();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void put(long id, BigDecimal total) {
    orders.put(id, total);
  }

  void clear() {
    orders.clear();
  }

  List<String> paths() {
    return List.copyOf(paths);
  }

  /** The client's port of each request's connection: one port for several requests is one kept-alive connection. */
  List<Integer> clientPorts() {
    return List.copyOf(clientPorts);
  }

  URI baseUrl() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    paths.add(path);
    clientPorts.add(exchange.getRemoteAddress().getPort());
    if (!"Bearer secret".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      reply(exchange, 401, "");
      return;
    }
    BigDecimal total = path.startsWith("/orders/") ? orders.get(Long.parseLong(path.substring(8))) : null;
    if (total == null) {
      reply(exchange, 404, "");
      return;
    }
    String totalJson = broken ? "\"" + total + "\"" : total.toString();
    reply(exchange, 200, "{\"id\": " + path.substring(8) + ", \"totalPrice\": " + totalJson + ", \"status\": \"OPEN\"}");
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.treaty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP order service for verification tests, with a provider-states endpoint ({@code POST
 * /_states}) backed by an in-memory repository, and a switch that breaks it in one way.
 */
final class OrderProvider implements AutoCloseable {
  /** Ways the provider can break the contract; {@code NONE} honours it. */
  enum Breakage {
    NONE, RENAMED_FIELD, NUMBER_AS_STRING, EMPTY_ARRAY, OUTSIDE_REGEX, BAD_TIMESTAMP, DECIMAL_FOR_INTEGER,
    WRONG_CONTENT_TYPE, WRONG_LOCATION, WRONG_STATUS, STATE_IGNORED
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Breakage breakage;
  private final Map<Integer, ObjectNode> orders = new ConcurrentHashMap<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  private OrderProvider(HttpServer server, Breakage breakage) {
    this.server = server;
    this.breakage = breakage;
  }

  static OrderProvider start(Breakage breakage) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      OrderProvider provider = new OrderProvider(server, breakage);
      server.createContext("/", provider::handle);
      server.start();
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** The Authorization headers of the API requests received (not of state changes). */
  List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  String statesUrl() {
    return baseUrl() + "/_states";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && !path.equals("/_states")) {
      authorizations.add(authorization);
    }
    if (path.equals("/_states")) {
      changeState(JSON.readTree(body));
      send(exchange, 200, "application/json", "{}");
    } else if (exchange.getRequestMethod().equals("POST") && path.equals("/orders")) {
      exchange.getResponseHeaders().add("Location", breakage == Breakage.WRONG_LOCATION ? "/order/abc" : "/orders/43");
      send(exchange, 201, null, "");
    } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/orders/")) {
      ObjectNode order = orders.get(Integer.parseInt(path.substring("/orders/".length())));
      if (order == null) {
        send(exchange, 404, "application/json", "{\"error\": \"no such order\"}");
      } else {
        send(exchange, breakage == Breakage.WRONG_STATUS ? 500 : 200,
            breakage == Breakage.WRONG_CONTENT_TYPE ? "text/plain" : "application/json", broken(order).toString());
      }
    } else {
      send(exchange, 404, null, "");
    }
  }

  private void changeState(JsonNode request) {
    if (breakage == Breakage.STATE_IGNORED || !request.path("state").asText().equals("order exists")) {
      return;
    }
    int id = request.path("params").path("id").asInt();
    if (request.path("action").asText().equals("teardown")) {
      orders.remove(id);
    } else {
      orders.put(id, order(id));
    }
  }

  private static ObjectNode order(int id) {
    ObjectNode order = JSON.createObjectNode()
        .put("id", id).put("status", "SHIPPED").put("reference", "ORD-" + id)
        .put("total", 12.5).put("createdAt", "2025-01-31T08:15:00");
    order.putArray("items").addObject().put("sku", "B-7").put("quantity", 3);
    return order;
  }

  private ObjectNode broken(ObjectNode order) {
    ObjectNode o = order.deepCopy();
    switch (breakage) {
      case RENAMED_FIELD -> o.set("amount", o.remove("total"));
      case NUMBER_AS_STRING -> o.put("total", "12.5");
      case EMPTY_ARRAY -> o.putArray("items");
      case OUTSIDE_REGEX -> o.put("reference", "REF-1001");
      case BAD_TIMESTAMP -> o.put("createdAt", "31/01/2025 08:15");
      case DECIMAL_FOR_INTEGER -> o.put("id", 1001.5);
      default -> { }
    }
    return o;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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

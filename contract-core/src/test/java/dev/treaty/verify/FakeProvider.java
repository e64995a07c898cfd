package dev.treaty.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A real HTTP provider on a free port that records requests and answers with a test's function. */
public final class FakeProvider implements AutoCloseable {
  /** One request as the provider received it. */
  public record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body, int clientPort) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** What the provider answers. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body);
    }

    public static Reply status(int status) {
      return new Reply(status, Map.of(), "");
    }
  }

  private final HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  private FakeProvider(HttpServer server) {
    this.server = server;
  }

  /** Starts a provider on a free port that answers every request with {@code answer}. */
  public static FakeProvider start(Function<Received, Reply> answer) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeProvider provider = new FakeProvider(server);
      server.createContext("/", exchange -> provider.handle(exchange, answer));
      server.start();
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange, Function<Received, Reply> answer) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        exchange.getRequestURI().getRawQuery(), headers, body,
        exchange.getRemoteAddress().getPort());
    received.add(request);
    Reply reply;
    try {
      reply = answer.apply(request);
    } catch (RuntimeException e) {
      reply = new Reply(500, Map.of(), String.valueOf(e.getMessage()));
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  public URI baseUrl() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

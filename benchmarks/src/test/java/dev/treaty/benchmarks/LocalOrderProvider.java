package dev.treaty.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// The provider both verifiers replay the 1,000 interactions against: a JDK HTTP server on a free
// loopback port answering GET /orders/{n} with the order of VerificationContract, in microseconds,
// so that the verifiers' own cost dominates. breakTotal() makes it send the total as a string.
// Like production servers (Jetty, Netty), it disables Nagle's algorithm (sun.net.httpserver.nodelay).
final class LocalOrderProvider implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private volatile boolean broken;

  private LocalOrderProvider(HttpServer server) {
    this.server = server;
  }

  static LocalOrderProvider start() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      LocalOrderProvider provider = new LocalOrderProvider(server);
      server.createContext("/orders/", provider::handle);
      server.setExecutor(provider.executor);
      server.start();
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  void breakTotal(boolean broken) {
    this.broken = broken;
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/orders/".length()));
    String body = VerificationContract.actualOrder(n, broken);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

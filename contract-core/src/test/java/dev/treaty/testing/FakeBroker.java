package dev.treaty.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted broker on a free port for client tests: answers each (method, raw path) with the
 * replies a test queued (the last one repeats), {@code {base}} in bodies replaced by its URL, and
 * records every request with its raw, still percent-encoded path. Unscripted requests get 404.
 */
public final class FakeBroker implements AutoCloseable {
  /** The HAL index of a Pact Broker, with the links Treaty's client follows. */
  public static final String INDEX = """
      {"_links":{
        "self":{"href":"{base}"},
        "pb:publish-contracts":{"href":"{base}/contracts/publish"},
        "pb:provider-pacts-for-verification":{"href":"{base}/pacts/provider/{provider}/for-verification","templated":true},
        "pb:pacticipant-branch-version":{"href":"{base}/pacticipants/{pacticipant}/branches/{branch}/versions/{version}","templated":true},
        "pb:pacticipant-version-tag":{"href":"{base}/pacticipants/{pacticipant}/versions/{version}/tags/{tag}","templated":true}
      }}""";

  /** One request as the broker received it. */
  public record Request(String method, String path, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** One scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/hal+json;charset=utf-8"), body);
    }
  }

  private final HttpServer server;
  private final Map<String, List<Reply>> script = new LinkedHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  private FakeBroker(HttpServer server) {
    this.server = server;
  }

  /** Starts a broker that knows only its index ({@link #INDEX}). */
  public static FakeBroker start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeBroker broker = new FakeBroker(server);
      server.createContext("/", broker::handle);
      server.start();
      return broker.on("GET", "/", 200, INDEX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a JSON answer for {@code method} on {@code rawPath} (with its raw query, if any). */
  public FakeBroker on(String method, String rawPath, int status, String body) {
    return on(method, rawPath, Reply.json(status, body));
  }

  /** Queues {@code reply} for {@code method} on {@code rawPath}. */
  public synchronized FakeBroker on(String method, String rawPath, Reply reply) {
    script.computeIfAbsent(method + " " + rawPath, k -> new ArrayList<>()).add(reply);
    return this;
  }

  /** Replaces the answers for {@code method} on {@code rawPath} with {@code reply}. */
  public synchronized FakeBroker replace(String method, String rawPath, int status, String body) {
    script.remove(method + " " + rawPath);
    return on(method, rawPath, status, body);
  }

  /**
   * Scripts a broker verifying {@code order-service}: {@code pactsForVerification} answers the
   * pacts-for-verification POST; the pacts at {@code /pacts/web} and {@code /pacts/app} ({@link
   * #orderPact}: GET /orders/42 and /orders/43) link to the provider resource (templated
   * branch-version and version-tag links) and take verification results. Tests add the branch and
   * tag PUTs they expect.
   */
  public FakeBroker scriptOrderService(String pactsForVerification) {
    on("POST", "/pacts/provider/order-service/for-verification", 200, pactsForVerification);
    on("GET", "/pacts/web", 200, orderPact("web", "/orders/42"));
    on("GET", "/pacts/app", 200, orderPact("app", "/orders/43"));
    on("GET", "/pacticipants/order-service", 200, """
        {"_links":{"pb:branch-version":{"href":"{base}/pacticipants/order-service/branches/{branch}/versions/{version}","templated":true},
                   "pb:version-tag":{"href":"{base}/pacticipants/order-service/versions/{version}/tags/{tag}","templated":true}}}""");
    on("POST", "/pacts/web/verification-results", 201, "{}");
    return on("POST", "/pacts/app/verification-results", 201, "{}");
  }

  /** A V3 pact of {@code consumer} with order-service: one interaction (id {@code id-<consumer>}) GETting {@code path}, expecting {"id": 42}. */
  public static String orderPact(String consumer, String path) {
    return """
        {"consumer":{"name":"%s"},"provider":{"name":"order-service"},
         "interactions":[{"_id":"id-%s","description":"get order","request":{"method":"GET","path":"%s"},
           "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":42}}}],
         "metadata":{"pactSpecification":{"version":"3.0.0"}},
         "_links":{"pb:publish-verification-results":{"href":"{base}/pacts/%s/verification-results"},
           "pb:provider":{"href":"{base}/pacticipants/order-service"}}}""".formatted(consumer, consumer, path, consumer);
  }

  /** The body of the first request to {@code path}. */
  public String body(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow().body();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    String raw = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String path = query == null ? raw : raw + "?" + query;
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(exchange.getRequestMethod(), path, headers, body));
    Reply reply = next(exchange.getRequestMethod() + " " + path);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = reply.body().replace("{base}", url()).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private synchronized Reply next(String key) {
    List<Reply> replies = script.get(key);
    if (replies == null || replies.isEmpty()) {
      return Reply.json(404, "{\"errors\":[\"no route for " + key + "\"]}");
    }
    return replies.size() > 1 ? replies.remove(0) : replies.get(0);
  }

  /** The base URL, such as {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request received, in order. */
  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The requests other than {@code GET /}, as {@code METHOD path}. */
  public List<String> calls() {
    return requests().stream().filter(r -> !(r.method().equals("GET") && r.path().equals("/")))
        .map(r -> r.method() + " " + r.path()).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.treaty.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The 50 interactions of the consumer-overhead benchmark, shared by the Treaty and pact-jvm
 * fixtures: {@code GET /orders/1} to {@code /orders/50}, each with provider state "order exists"
 * ({@code id}), answered 200 with an order body under the same eight rules on both sides. Both
 * fixtures send the requests through {@link #fetchAll}, with the same client.
 */
final class FiftyOrders {
  static final int COUNT = 50;
  static final String CONSUMER = "bench-web";
  static final String PROVIDER = "bench-orders";
  static final String CONTRACT_FILE = CONSUMER + "-" + PROVIDER + ".json";
  static final String JSON_TYPE = "application/json(;\\s?charset=[\\w-]+)?";
  static final String STATUS = "PLACED|PAID|SHIPPED|CANCELLED";
  static final String CUSTOMER = "C-\\d+";
  static final String SKU = "SKU-\\d{4}";
  static final String DATETIME = "yyyy-MM-dd'T'HH:mm:ssXXX";
  static final String PLACED_AT = "2026-11-02T09:30:00Z";

  /** HTTP/1.1: without it java.net.http asks every plain-HTTP server to upgrade to h2c first. */
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private FiftyOrders() {}

  static String description(int id) {
    return "get order " + id;
  }

  static String path(int id) {
    return "/orders/" + id;
  }

  /** Sends the 50 requests to {@code baseUrl}; fails unless each is answered 200 with its order. */
  static void fetchAll(String baseUrl) {
    for (int id = 1; id <= COUNT; id++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path(id)))
          .header("Accept", "application/json").GET().build();
      HttpResponse<String> response;
      try {
        response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException("GET " + request.uri() + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("GET " + request.uri() + " was interrupted", e);
      }
      if (response.statusCode() != 200 || !response.body().contains("\"id\":" + id)) {
        throw new AssertionError("GET " + request.uri() + " answered " + response.statusCode()
            + " " + response.body() + "; expected 200 with order " + id);
      }
    }
  }
}

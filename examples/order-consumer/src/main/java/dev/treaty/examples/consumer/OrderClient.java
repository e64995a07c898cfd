package dev.treaty.examples.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A client of the order service: reads an order, places one, lists orders by status page by page.
 *
 * <pre>{@code
 * OrderClient orders = new OrderClient(URI.create("http://orders.internal:8080"));
 * Optional<Order> order = orders.find(42);
 * }</pre>
 */
public final class OrderClient {
  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final URI baseUrl;
  private final HttpClient http;

  /** A client of the order service at {@code baseUrl}, such as {@code http://localhost:8080}. */
  public OrderClient(URI baseUrl) {
    this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  /** A client of the order service at {@code baseUrl} that sends with {@code http}. */
  public OrderClient(URI baseUrl, HttpClient http) {
    String text = baseUrl.toString();
    this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.http = http;
  }

  /** The order {@code id}, or empty when the service does not know it (404). */
  public Optional<Order> find(long id) {
    HttpResponse<String> response = send(get("/orders/" + id));
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(read(expect(200, response), Order.class));
  }

  /** Places {@code order} and returns its id, taken from the {@code Location} of the 201 answer. */
  public long place(NewOrder order) {
    HttpRequest request = request("/orders")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(order)))
        .build();
    HttpResponse<String> response = expect(201, send(request));
    String location = response.headers().firstValue("Location").orElseThrow(() ->
        new OrderServiceException("POST /orders answered 201 without a Location header"));
    return idFrom(location);
  }

  /** Page {@code page} (from 0) of the orders in {@code status}, {@code size} orders a page. */
  public OrderPage list(OrderStatus status, int page, int size) {
    String query = "?status=" + URLEncoder.encode(status.name(), StandardCharsets.UTF_8)
        + "&page=" + page + "&size=" + size;
    return read(expect(200, send(get("/orders" + query))), OrderPage.class);
  }

  private HttpRequest get(String pathAndQuery) {
    return request(pathAndQuery).GET().build();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new OrderServiceException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrderServiceException(request.method() + " " + request.uri() + " was interrupted", e);
    }
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new OrderServiceException(response.request().method() + " " + response.request().uri()
          + " answered " + response.statusCode() + ", expected " + status + ": " + response.body());
    }
    return response;
  }

  static long idFrom(String location) {
    String id = location.substring(location.lastIndexOf('/') + 1);
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new OrderServiceException("Location " + location + " does not end with an order id", e);
    }
  }

  private static <T> T read(HttpResponse<String> response, Class<T> type) {
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new OrderServiceException(response.request().method() + " " + response.request().uri()
          + " answered a body that is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
    }
  }
}

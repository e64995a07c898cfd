package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.contract.internal.JsonMappers;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The broker's HTTP conversation in one place: JSON in and out, the Authorization header, retries
 * of 503 answers (honouring {@code Retry-After}), and failures turned into {@link BrokerException}s
 * that name the request and the broker's errors.
 */
public final class HalHttp implements AutoCloseable {
  private static final ObjectMapper MAPPER = JsonMappers.DATA;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  private final OkHttpClient client;
  private final String authorization;
  private final int retries;

  /** A conversation with {@code authorization} (or null) sent on every request. */
  public HalHttp(String authorization, Duration connectTimeout, Duration timeout, int retries) {
    this.authorization = authorization;
    this.retries = retries;
    this.client = new OkHttpClient.Builder()
        .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /** What the broker answered: status and JSON body (an empty object when it sent none). */
  public record Answer(int status, JsonNode body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** GET {@code url}; any answer but 2xx fails. */
  public JsonNode get(String url) {
    return expectOk("GET", url, send("GET", url, null));
  }

  /** POST {@code body} to {@code url}; any answer but 2xx fails. */
  public JsonNode post(String url, JsonNode body) {
    return expectOk("POST", url, send("POST", url, body));
  }

  /** PUT {@code body} to {@code url}; any answer but 2xx fails. */
  public JsonNode put(String url, JsonNode body) {
    return expectOk("PUT", url, send("PUT", url, body));
  }

  /** PATCH {@code body} to {@code url}; any answer but 2xx fails. */
  public JsonNode patch(String url, JsonNode body) {
    return expectOk("PATCH", url, send("PATCH", url, body));
  }

  /** Sends a request and returns whatever the broker answered after retries; fails only without an answer. */
  public Answer send(String method, String url, JsonNode body) {
    Request request = request(method, url, body);
    for (int attempt = 0; ; attempt++) {
      try (Response response = client.newCall(request).execute()) {
        String text = response.body().string();
        if (response.code() == 503 && attempt < retries) {
          sleep(retryAfter(response.header("Retry-After")));
          continue;
        }
        return new Answer(response.code(), parse(method, url, response, text));
      } catch (IOException e) {
        throw new BrokerException("cannot reach the broker for " + method + " " + url + ": " + describe(e)
            + "; check the broker URL and that the broker is running", e);
      }
    }
  }

  /** The body of a 2xx {@code answer}, else a {@link BrokerException} naming the request and the errors. */
  public static JsonNode expectOk(String method, String url, Answer answer) {
    if (answer.ok()) {
      return answer.body();
    }
    throw failure(method, url, answer, "");
  }

  /** A {@link BrokerException} for a refused request, with {@code hint} appended when no better one applies. */
  public static BrokerException failure(String method, String url, Answer answer, String hint) {
    List<String> errors = BrokerErrors.of(answer.body());
    StringBuilder message = new StringBuilder("the broker answered ").append(answer.status()).append(" to ")
        .append(method).append(' ').append(url);
    if (answer.status() == 401 || answer.status() == 403) {
      message.append(answer.status() == 401
          ? ": not authenticated; pass a broker token (treaty CLI: --broker-token, or the environment variable"
              + " TREATY_BROKER_TOKEN or PACT_BROKER_TOKEN; JUnit: treaty.broker.token) or check the one you passed"
          : ": the token's role does not allow this; ask a broker admin for a token with the role the broker names");
    } else if (!hint.isEmpty()) {
      message.append("; ").append(hint);
    }
    errors.forEach(e -> message.append("\n  ").append(e));
    return new BrokerException(message.toString(), answer.status(), errors, null);
  }

  private Request request(String method, String url, JsonNode body) {
    Request.Builder builder;
    try {
      builder = new Request.Builder().url(url);
    } catch (IllegalArgumentException e) {
      throw new BrokerException("not an http(s) URL: " + url, e);
    }
    builder.header("Accept", "application/hal+json, application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    RequestBody requestBody = body == null ? null : RequestBody.create(write(body), JSON);
    return builder.method(method, requestBody).build();
  }

  private static JsonNode parse(String method, String url, Response response, String text) {
    if (text.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      if (!response.isSuccessful()) {
        return MAPPER.createObjectNode().put("detail", text.length() > 300 ? text.substring(0, 300) + "..." : text);
      }
      throw new BrokerException("the broker answered " + method + " " + url + " with " + response.code()
          + " and a body that is not JSON (Content-Type " + response.header("Content-Type")
          + "); check that the URL points at a Pact Broker", e);
    }
  }

  private static String write(JsonNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Duration retryAfter(String header) {
    Duration wait = Duration.ofSeconds(1);
    if (header != null && !header.isBlank()) {
      try {
        wait = Duration.ofSeconds(Long.parseLong(header.trim()));
      } catch (NumberFormatException e) {
        try {
          wait = Duration.between(ZonedDateTime.now(),
              ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException ignored) {
          // an unreadable Retry-After: wait the default second
        }
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while waiting to retry the broker", e);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}

package dev.treaty.broker.internal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one exception a route throws to answer with an error; {@link ProblemJson} turns it into
 * the JSON body Pact clients read ({@code errors}) plus problem-details fields.
 *
 * <p>{@code fieldErrors} maps a field (a JSON path such as {@code contracts[0].content}) to its
 * messages; when empty, {@code detail} alone is the error.
 */
public final class ApiException extends RuntimeException {
  /** The {@code Retry-After} (seconds) of a 503: every such answer means "busy now, try again shortly". */
  public static final String RETRY_AFTER_SECONDS = "1";
  private final int status;
  private final String title;
  private final Map<String, List<String>> fieldErrors;
  private final List<Map<String, String>> notices;

  private ApiException(int status, String title, String detail, Map<String, List<String>> fieldErrors, List<Map<String, String>> notices) {
    super(detail);
    this.status = status;
    this.title = title;
    // Insertion order is the order the fields were checked in: keep it for the error body.
    this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    this.notices = List.copyOf(notices);
  }

  /** 400: the request is well-formed JSON but a field is wrong. */
  public static ApiException invalidField(String field, String message) {
    return new ApiException(400, "Invalid request", field + ": " + message, Map.of(field, List.of(message)), List.of());
  }

  /** 400 with several field errors, in the order given. */
  public static ApiException invalidFields(Map<String, List<String>> fieldErrors) {
    StringBuilder detail = new StringBuilder();
    fieldErrors.forEach((field, messages) -> messages.forEach(m -> {
      if (detail.length() > 0) {
        detail.append("; ");
      }
      detail.append(field).append(": ").append(m);
    }));
    return new ApiException(400, "Invalid request", detail.toString(), new LinkedHashMap<>(fieldErrors), List.of());
  }

  /** 400 without a single field to blame. */
  public static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", detail, Map.of(), List.of());
  }

  /** 404: {@code detail} names what was looked for, e.g. {@code No pacticipant named 'Foo'}. */
  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail, Map.of(), List.of());
  }

  /** 409: the request conflicts with what is stored; {@code notices} explain it to Pact clients. */
  public static ApiException conflict(String field, String detail, List<Map<String, String>> notices) {
    return new ApiException(409, "Conflict", detail, Map.of(field, List.of(detail)), notices);
  }

  /** Any other status with a detail message. */
  public static ApiException of(int status, String title, String detail) {
    return new ApiException(status, title, detail, Map.of(), List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  public List<Map<String, String>> notices() {
    return notices;
  }
}

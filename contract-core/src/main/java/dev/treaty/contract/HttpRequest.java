package dev.treaty.contract;

import java.util.Objects;

/** The request of an HTTP interaction: what the consumer sends. */
public record HttpRequest(
    String method,
    String path,
    Query query,
    Headers headers,
    Body body,
    MatchingRules matchingRules,
    Generators generators) {

  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = query == null ? Query.EMPTY : query;
    headers = headers == null ? Headers.EMPTY : headers;
    body = body == null ? Body.missing() : body;
    matchingRules = matchingRules == null ? MatchingRules.EMPTY : matchingRules;
    generators = generators == null ? Generators.EMPTY : generators;
  }

  /** A request with only a method and path. */
  public static HttpRequest of(String method, String path) {
    return new HttpRequest(method, path, null, null, null, null, null);
  }

  public HttpRequest withHeaders(Headers headers) {
    return new HttpRequest(method, path, query, headers, body, matchingRules, generators);
  }

  public HttpRequest withBody(Body body) {
    return new HttpRequest(method, path, query, headers, body, matchingRules, generators);
  }

  public HttpRequest withQuery(Query query) {
    return new HttpRequest(method, path, query, headers, body, matchingRules, generators);
  }

  public HttpRequest withMatchingRules(MatchingRules matchingRules) {
    return new HttpRequest(method, path, query, headers, body, matchingRules, generators);
  }

  public HttpRequest withGenerators(Generators generators) {
    return new HttpRequest(method, path, query, headers, body, matchingRules, generators);
  }
}

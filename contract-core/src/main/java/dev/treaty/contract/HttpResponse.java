package dev.treaty.contract;

/** The response of an HTTP interaction: what the provider must answer. */
public record HttpResponse(
    int status, Headers headers, Body body, MatchingRules matchingRules, Generators generators) {

  public HttpResponse {
    headers = headers == null ? Headers.EMPTY : headers;
    body = body == null ? Body.missing() : body;
    matchingRules = matchingRules == null ? MatchingRules.EMPTY : matchingRules;
    generators = generators == null ? Generators.EMPTY : generators;
  }

  /** A response with only a status. */
  public static HttpResponse of(int status) {
    return new HttpResponse(status, null, null, null, null);
  }

  public HttpResponse withHeaders(Headers headers) {
    return new HttpResponse(status, headers, body, matchingRules, generators);
  }

  public HttpResponse withBody(Body body) {
    return new HttpResponse(status, headers, body, matchingRules, generators);
  }

  public HttpResponse withMatchingRules(MatchingRules matchingRules) {
    return new HttpResponse(status, headers, body, matchingRules, generators);
  }

  public HttpResponse withGenerators(Generators generators) {
    return new HttpResponse(status, headers, body, matchingRules, generators);
  }
}

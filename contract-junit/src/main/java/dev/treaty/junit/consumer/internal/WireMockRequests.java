package dev.treaty.junit.consumer.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.Query;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a request WireMock received into Treaty's model, so the matching engine can judge it. */
final class WireMockRequests {
  private WireMockRequests() {}

  static HttpRequest toContract(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String rawPath = question < 0 ? url : url.substring(0, question);
    Query query = question < 0 ? Query.EMPTY : Query.parse(url.substring(question + 1));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), header.values());
    }
    Headers contractHeaders = new Headers(headers);
    byte[] bytes = request.getBody();
    String contentType = contractHeaders.first("Content-Type");
    Body body = bytes == null || bytes.length == 0
        ? new Body.Empty(contentType)
        : Body.of(bytes, contentType);
    return new HttpRequest(request.getMethod().getName(), decodePath(rawPath), query, contractHeaders,
        body, null, null);
  }

  private static String decodePath(String rawPath) {
    try {
      return URI.create(rawPath).getPath();
    } catch (IllegalArgumentException e) {
      return rawPath;
    }
  }

  /** The request line as shown in messages: {@code GET /orders/42?x=1}. */
  static String requestLine(HttpRequest request) {
    StringBuilder line = new StringBuilder(request.method()).append(' ').append(request.path());
    String query = queryText(request.query());
    if (!query.isEmpty()) {
      line.append('?').append(query);
    }
    return line.toString();
  }

  static String queryText(Query query) {
    if (query.text() != null) {
      return query.text();
    }
    StringBuilder text = new StringBuilder();
    query.parameters().forEach((name, values) -> values.forEach(value -> {
      if (text.length() > 0) {
        text.append('&');
      }
      text.append(name).append('=').append(value);
    }));
    return text.toString();
  }
}

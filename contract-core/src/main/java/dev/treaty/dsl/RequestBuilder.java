package dev.treaty.dsl;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Query;
import dev.treaty.dsl.internal.DslChecks;
import dev.treaty.dsl.internal.HttpParts;
import dev.treaty.dsl.internal.RuleMaps;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Describes the request of an HTTP interaction: method, path, query, headers and body. Values can
 * be plain (compared exactly) or {@link MatchedValue}s ({@code regex(...)}, {@code
 * fromProviderState(...)}).
 */
public final class RequestBuilder {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+");
  private String method;
  private MatchedValue path;
  private final HttpParts query = new HttpParts();
  private final HttpParts headers = new HttpParts();
  private BodyPart body = BodyPart.NONE;

  RequestBuilder() {}

  /** Sets the method, such as {@code GET}. */
  public RequestBuilder method(String method) {
    this.method = method;
    return this;
  }

  /** Sets the path, compared exactly. */
  public RequestBuilder path(String path) {
    this.path = new MatchedValue(TextNode.valueOf(path), null, null);
    return this;
  }

  /** Sets the path as a matched value, such as {@code fromProviderState("/orders/${id}", "/orders/42")}. */
  public RequestBuilder path(MatchedValue path) {
    this.path = HttpValues.forHttp(path);
    return this;
  }

  /** Sets a path that matches {@code regex} completely; {@code example} is what the contract shows. */
  public RequestBuilder pathMatching(String regex, String example) {
    return path(ContractDsl.regex(regex, example));
  }

  /** {@code method("GET").path(path)}. */
  public RequestBuilder get(String path) {
    return method("GET").path(path);
  }

  /** {@code method("POST").path(path)}. */
  public RequestBuilder post(String path) {
    return method("POST").path(path);
  }

  /** {@code method("PUT").path(path)}. */
  public RequestBuilder put(String path) {
    return method("PUT").path(path);
  }

  /** {@code method("PATCH").path(path)}. */
  public RequestBuilder patch(String path) {
    return method("PATCH").path(path);
  }

  /** {@code method("DELETE").path(path)}. */
  public RequestBuilder delete(String path) {
    return method("DELETE").path(path);
  }

  /** Adds query parameter {@code name} with {@code values}, compared exactly. */
  public RequestBuilder query(String name, String... values) {
    for (String value : values) {
      query.add(name, value);
    }
    return this;
  }

  /** Adds query parameter {@code name} with a matched value. */
  public RequestBuilder query(String name, MatchedValue value) {
    query.add(Category.QUERY, name, HttpValues.forHttp(value));
    return this;
  }

  /** Adds query parameter {@code name} whose values match {@code regex}. */
  public RequestBuilder queryMatching(String name, String regex, String example) {
    return query(name, ContractDsl.regex(regex, example));
  }

  /** Adds header {@code name} with {@code value}, compared exactly. */
  public RequestBuilder header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  /** Adds header {@code name} with a matched value. */
  public RequestBuilder header(String name, MatchedValue value) {
    headers.add(Category.HEADER, name, HttpValues.forHttp(value));
    return this;
  }

  /** Adds header {@code name} whose value matches {@code regex}. */
  public RequestBuilder headerMatching(String name, String regex, String example) {
    return header(name, ContractDsl.regex(regex, example));
  }

  /**
   * Sets a JSON body built with {@link ContractDsl#json} or {@link ContractDsl#like}; the {@code
   * Content-Type} header becomes {@code application/json} unless set (the client may add parameters
   * such as {@code charset}), so that provider verification sends it too.
   */
  public RequestBuilder body(JsonBody json) {
    this.body = BodyPart.of(json);
    return this;
  }

  /**
   * Sets a body of any content type, compared as the content type says (JSON, XML, text, bytes);
   * the {@code Content-Type} header is set to it unless set.
   */
  public RequestBuilder body(String content, String contentType) {
    this.body = BodyPart.of(Body.of(content.getBytes(StandardCharsets.UTF_8), contentType), contentType);
    return this;
  }

  HttpRequest build(String where) {
    if (method == null || !TOKEN.matcher(method).matches()) {
      throw new IllegalStateException(where + ": request method is " + DslChecks.quote(method)
          + "; set one with r.method(\"GET\") or r.get(\"/path\")");
    }
    if (path == null || !path.exampleText().startsWith("/")) {
      throw new IllegalStateException(where + ": request path is "
          + (path == null ? "null" : DslChecks.quote(path.exampleText()))
          + "; give a path that starts with \"/\", such as r.get(\"/orders/42\")");
    }
    if (body.contentType() != null && !headers.has("Content-Type")) {
      headers.add("Content-Type", body.contentType());
    }
    MatchingRules rules = RuleMaps.merge(RuleMaps.merge(query.rules(), headers.rules()), body.rules());
    Generators generators = RuleMaps.merge(RuleMaps.merge(query.generators(), headers.generators()), body.generators());
    if (path.rules() != null && !path.rules().isEmpty()) {
      rules = rules.with(Category.PATH, "", path.rules());
    }
    if (path.generator() != null) {
      generators = generators.with(Category.PATH, "", path.generator());
    }
    return new HttpRequest(method.toUpperCase(java.util.Locale.ROOT), path.exampleText(),
        new Query(query.values()), headers.headers(), body.body(), rules, generators);
  }
}

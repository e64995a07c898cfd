package dev.treaty.dsl;

import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Generators;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRules;
import dev.treaty.dsl.internal.RuleMaps;
import dev.treaty.dsl.internal.HttpParts;
import java.nio.charset.StandardCharsets;

/**
 * Describes the response the consumer expects: status, headers and body. The mock provider answers
 * with these examples; the provider is later verified against their rules.
 */
public final class ResponseBuilder {
  private int status = 200;
  private final HttpParts headers = new HttpParts();
  private BodyPart body = BodyPart.NONE;

  ResponseBuilder() {}

  /** Sets the status code (200 unless set). */
  public ResponseBuilder status(int status) {
    this.status = status;
    return this;
  }

  /** Adds header {@code name} with {@code value}, compared exactly. */
  public ResponseBuilder header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  /** Adds header {@code name} with a matched value. */
  public ResponseBuilder header(String name, MatchedValue value) {
    headers.add(Category.HEADER, name, HttpValues.forHttp(value));
    return this;
  }

  /** Adds header {@code name} whose value matches {@code regex}. */
  public ResponseBuilder headerMatching(String name, String regex, String example) {
    return header(name, ContractDsl.regex(regex, example));
  }

  /** Sets a JSON body; the {@code Content-Type} header becomes {@code application/json} unless set. */
  public ResponseBuilder body(JsonBody json) {
    this.body = BodyPart.of(json);
    return this;
  }

  /** Sets a body of any content type; the {@code Content-Type} header is set to it unless set. */
  public ResponseBuilder body(String content, String contentType) {
    this.body = BodyPart.of(Body.of(content.getBytes(StandardCharsets.UTF_8), contentType), contentType);
    return this;
  }

  HttpResponse build(String where) {
    if (status < 100 || status > 599) {
      throw new IllegalStateException(where + ": response status " + status
          + " is not an HTTP status; give one from 100 to 599");
    }
    if (body.contentType() != null && !headers.has("Content-Type")) {
      headers.add("Content-Type", body.contentType());
    }
    MatchingRules rules = RuleMaps.merge(headers.rules(), body.rules());
    Generators generators = RuleMaps.merge(headers.generators(), body.generators());
    return new HttpResponse(status, headers.headers(), body.body(), rules, generators);
  }
}

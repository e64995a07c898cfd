package dev.treaty.verify;

import dev.treaty.contract.HttpRequest;
import java.util.Objects;

/**
 * Changes a request just before it is sent to the provider, such as adding an {@code
 * Authorization} header that the contract leaves out. Filters run after generators, in the order
 * they were added.
 */
@FunctionalInterface
public interface RequestFilter {

  /** The request to send instead of {@code request}. */
  HttpRequest apply(HttpRequest request);

  /** A filter that sets header {@code name} to {@code value}, replacing any header of that name. */
  static RequestFilter header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return request -> request.withHeaders(request.headers().with(name, value));
  }
}

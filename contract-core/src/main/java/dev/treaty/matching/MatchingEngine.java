package dev.treaty.matching;

import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Message;

/**
 * Decides whether an actual request, response or message honours the contract's expected one,
 * applying the expected side's matching rules. One engine serves consumer tests, provider
 * verification and the broker. Matching never throws on a mismatch: every mismatch is returned.
 *
 * <p>Instances are immutable and thread-safe; compiled regular expressions and date patterns are
 * cached across calls.
 */
public final class MatchingEngine {

  private MatchingEngine() {}

  /** The engine with default settings. */
  public static MatchingEngine create() {
    return new MatchingEngine();
  }

  /**
   * Matches a request the consumer sent against the contract's request. Unexpected keys in a JSON
   * body fail a request; extra headers and query parameters are reported only where the
   * specification says so.
   */
  public MatchResult matchRequest(HttpRequest expected, HttpRequest actual) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Matches a response the provider sent against the contract's response. */
  public MatchResult matchResponse(HttpResponse expected, HttpResponse actual) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Matches a message the provider produced against the contract's message. */
  public MatchResult matchMessage(Message expected, Message actual) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}

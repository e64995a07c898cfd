package dev.treaty.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Message;
import dev.treaty.contract.RuleGroup;
import dev.treaty.contract.SpecVersion;
import dev.treaty.matching.internal.BodyMatcher;
import dev.treaty.matching.internal.CompiledRules;
import dev.treaty.matching.internal.HeaderMatcher;
import dev.treaty.matching.internal.MetadataMatcher;
import dev.treaty.matching.internal.QueryMatcher;
import dev.treaty.matching.internal.RuleGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an actual request, response or message honours the contract's expected one,
 * applying the expected side's matching rules. One engine serves consumer tests, provider
 * verification and the broker. Matching never throws on a mismatch: every mismatch is returned.
 *
 * <p>Instances are immutable and thread-safe; compiled rules, regular expressions and date patterns
 * are cached across calls.
 */
public final class MatchingEngine {

  private final SpecVersion version;

  private MatchingEngine(SpecVersion version) {
    this.version = version;
  }

  /** The engine with the rules of the latest Pact specification (V4). */
  public static MatchingEngine create() {
    return new MatchingEngine(SpecVersion.V4);
  }

  /**
   * The engine with the rules of {@code version}, for contracts written in it; the only
   * difference is that V1 compares query strings exactly (order and all).
   */
  public static MatchingEngine forSpecVersion(SpecVersion version) {
    return new MatchingEngine(java.util.Objects.requireNonNull(version, "version"));
  }

  /**
   * Matches a request the consumer sent against the contract's request. Unexpected keys in a JSON
   * body fail a request; extra headers are allowed, unexpected query parameters are not.
   */
  public MatchResult matchRequest(HttpRequest expected, HttpRequest actual) {
    List<Mismatch> out = new ArrayList<>();
    CompiledRules rules = CompiledRules.of(expected.matchingRules());
    if (!expected.method().equalsIgnoreCase(actual.method())) {
      out.add(new Mismatch(Part.METHOD, "", quote(expected.method().toUpperCase()),
          quote(actual.method().toUpperCase()), "equality"));
    }
    matchSingle(Part.PATH, rules.path().single(), TextNode.valueOf(expected.path()),
        TextNode.valueOf(actual.path()), out);
    if (version == SpecVersion.V1) {
      QueryMatcher.matchExactly(expected.query(), actual.query(), out);
    } else {
      QueryMatcher.match(expected.query(), actual.query(), rules.query(), out);
    }
    HeaderMatcher.match(expected.headers(), actual.headers(), rules.headers(), out);
    BodyMatcher.match(expected.body(), expected.headers().first("Content-Type"), actual.body(),
        actual.headers().first("Content-Type"), rules, false, out);
    return new MatchResult(out);
  }

  /** Matches a response the provider sent against the contract's response. */
  public MatchResult matchResponse(HttpResponse expected, HttpResponse actual) {
    List<Mismatch> out = new ArrayList<>();
    CompiledRules rules = CompiledRules.of(expected.matchingRules());
    matchSingle(Part.STATUS, rules.status().single(), IntNode.valueOf(expected.status()),
        IntNode.valueOf(actual.status()), out);
    HeaderMatcher.match(expected.headers(), actual.headers(), rules.headers(), out);
    BodyMatcher.match(expected.body(), expected.headers().first("Content-Type"), actual.body(),
        actual.headers().first("Content-Type"), rules, true, out);
    return new MatchResult(out);
  }

  /** Matches a message the provider produced against the contract's message. */
  public MatchResult matchMessage(Message expected, Message actual) {
    List<Mismatch> out = new ArrayList<>();
    CompiledRules rules = CompiledRules.of(expected.matchingRules());
    BodyMatcher.match(expected.contents(), contentType(expected.metadata()), actual.contents(),
        contentType(actual.metadata()), rules, true, out);
    MetadataMatcher.match(expected.metadata(), actual.metadata(), rules.metadata(), out);
    return new MatchResult(out);
  }

  private static void matchSingle(
      Part part, RuleGroup group, JsonNode expected, JsonNode actual, List<Mismatch> out) {
    if (group != null && !group.isEmpty()) {
      RuleGroups.apply(RuleGroups.effective(group, true, false), group.combine(), expected, actual,
          true, true, part, null, "", out);
    } else if (!expected.equals(actual)) {
      out.add(new Mismatch(part, "", render(expected), render(actual), "equality"));
    }
  }

  private static String render(JsonNode node) {
    return node.isTextual() ? quote(node.textValue()) : node.toString();
  }

  private static String quote(String s) {
    return TextNode.valueOf(s).toString();
  }

  private static String contentType(Map<String, JsonNode> metadata) {
    for (Map.Entry<String, JsonNode> e : metadata.entrySet()) {
      String k = e.getKey();
      if (k.equalsIgnoreCase("contentType") || k.equalsIgnoreCase("content-type")) {
        return e.getValue().asText();
      }
    }
    return null;
  }
}

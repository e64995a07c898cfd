package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.internal.ContentTypes;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Matches bodies: missing accepts anything, empty requires no content, content types must agree,
 * then JSON, XML, text or binary by the expected kind; exists to dispatch to the right matcher.
 */
public final class BodyMatcher {
  private BodyMatcher() {}

  /** Matches {@code actual} against {@code expected}; content types come from headers when given. */
  public static void match(
      Body expected, String expectedType, Body actual, String actualType, CompiledRules rules,
      boolean allowUnexpectedKeys, List<Mismatch> out) {
    if (expected instanceof Body.Missing) {
      return;
    }
    boolean actualHasContent = hasContent(actual);
    if (!hasContent(expected)) {
      if (actualHasContent) {
        out.add(new Mismatch(Part.BODY, "$", "no body (empty)", describe(actual), "equality"));
      }
      return;
    }
    if (!actualHasContent) {
      out.add(new Mismatch(Part.BODY, "$", describe(expected), "nothing (no body)", "equality"));
      return;
    }
    String e = expectedType != null ? expectedType : expected.contentType();
    String a = actualType != null ? actualType : actual.contentType();
    if (e != null && a != null && !compatible(e, a)) {
      out.add(new Mismatch(Part.BODY, "$", "a body of type " + ContentTypes.baseType(e),
          "a body of type " + ContentTypes.baseType(a), "contentType"));
      return;
    }
    if (expected instanceof Body.Json j) {
      matchJson(j.value(), actual, rules, allowUnexpectedKeys, out);
    } else if (expected instanceof Body.Xml x) {
      XmlBodyMatcher.match(x.xml(), text(actual), rules.xmlBody(), allowUnexpectedKeys, out);
    } else if (expected instanceof Body.Text t) {
      matchText(t.text(), text(actual), rules.body(), out);
    } else if (expected instanceof Body.Binary b) {
      matchBinary(b.content(), actual.bytes(), rules.body(), out);
    }
  }

  private static boolean hasContent(Body body) {
    if (body instanceof Body.Json) {
      return true;
    }
    if (body instanceof Body.Text t) {
      return !t.text().isEmpty();
    }
    if (body instanceof Body.Xml x) {
      return !x.xml().isEmpty();
    }
    return body.isPresent() && body.bytes().length > 0;
  }

  private static boolean compatible(String expected, String actual) {
    String e = ContentTypes.baseType(expected);
    String a = ContentTypes.baseType(actual);
    return e.equals(a)
        || (ContentTypes.isJson(e) && ContentTypes.isJson(a))
        || (ContentTypes.isXml(e) && ContentTypes.isXml(a));
  }

  private static void matchJson(
      JsonNode expected, Body actual, CompiledRules rules, boolean allowUnexpectedKeys, List<Mismatch> out) {
    JsonNode actualJson = actual instanceof Body.Json aj ? aj.value() : JsonText.parse(text(actual));
    if (actualJson == null) {
      if (expected.isTextual()) {
        matchText(expected.textValue(), text(actual), rules.body(), out);
      } else {
        out.add(new Mismatch(Part.BODY, "$", "a JSON body", describe(actual) + ", which is not JSON", "equality"));
      }
      return;
    }
    JsonBodyMatcher.match(expected, actualJson, rules.body(), allowUnexpectedKeys, Part.BODY, out);
  }

  private static void matchText(String expected, String actual, RuleIndex rules, List<Mismatch> out) {
    PathStack root = new PathStack();
    RuleIndex.Selected s = rules.isEmpty() ? null : rules.select(root);
    List<MatchingRule> effective = s == null ? List.of() : RuleGroups.effective(s.group(), s.exact(), false);
    if (!effective.isEmpty()) {
      RuleGroups.apply(effective, s.group().combine(), TextNode.valueOf(expected), TextNode.valueOf(actual),
          true, true, Part.BODY, root, "$", out);
    } else if (!expected.equals(actual)) {
      out.add(new Mismatch(Part.BODY, "$", quoted(expected) + " (text)", quoted(actual) + " (text)", "equality"));
    }
  }

  private static void matchBinary(byte[] expected, byte[] actual, RuleIndex rules, List<Mismatch> out) {
    PathStack root = new PathStack();
    RuleIndex.Selected s = rules.isEmpty() ? null : rules.select(root);
    if (s != null) {
      for (MatchingRule rule : s.group().rules()) {
        if (rule instanceof MatchingRule.ContentType ct) {
          String detected = ContentTypeDetector.detect(actual);
          if (!ContentTypeDetector.matches(ct.value(), detected)) {
            out.add(new Mismatch(Part.BODY, "$", "content of type " + ct.value() + " (contentType)",
                "content detected as " + detected + " (" + actual.length + " bytes)", "contentType"));
          }
          return;
        }
      }
    }
    if (!Arrays.equals(expected, actual)) {
      out.add(new Mismatch(Part.BODY, "$", expected.length + " bytes of binary content",
          actual.length + " bytes that differ", "equality"));
    }
  }

  private static String text(Body body) {
    if (body instanceof Body.Text t) {
      return t.text();
    }
    if (body instanceof Body.Xml x) {
      return x.xml();
    }
    if (body instanceof Body.Json j) {
      return j.value().isTextual() ? j.value().textValue() : j.value().toString();
    }
    return new String(body.bytes(), StandardCharsets.UTF_8);
  }

  /** A body for humans: its JSON literal or quoted text, shortened, with its kind. */
  static String describe(Body body) {
    if (body instanceof Body.Json j) {
      return MismatchDescriptions.value(j.value());
    }
    if (body instanceof Body.Xml x) {
      return quoted(x.xml()) + " (XML)";
    }
    if (body instanceof Body.Text t) {
      return quoted(t.text()) + " (text)";
    }
    if (body instanceof Body.Binary b) {
      return b.content().length + " bytes (" + b.contentType() + ")";
    }
    return "nothing";
  }
}

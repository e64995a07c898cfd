package dev.treaty.matching.internal;

import static dev.treaty.matching.internal.MismatchDescriptions.quoted;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.MatchingRule;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares two XML documents: element names with namespaces, attributes ({@code @name}), child
 * elements grouped by name, and text ({@code #text}); exists as the XML counterpart of
 * {@link JsonBodyMatcher}. Rule paths are matched without indices ({@code $.animals.alligator}).
 */
public final class XmlBodyMatcher {
  private final RuleIndex rules;
  private final boolean allowUnexpectedKeys;
  private final List<Mismatch> out;
  private final RuleCursor path;

  private XmlBodyMatcher(RuleIndex rules, boolean allowUnexpectedKeys, List<Mismatch> out) {
    this.rules = rules;
    this.allowUnexpectedKeys = allowUnexpectedKeys;
    this.out = out;
    this.path = rules.cursor();
  }

  /** Compares two XML texts, adding mismatches to {@code out}. */
  public static void match(
      String expected, String actual, RuleIndex rules, boolean allowUnexpectedKeys, List<Mismatch> out) {
    XmlDocuments.Parsed e = XmlDocuments.parse(expected);
    XmlDocuments.Parsed a = XmlDocuments.parse(actual);
    if (e.error() != null) {
      out.add(new Mismatch(Part.BODY, "$", "a well-formed XML document in the contract",
          "the contract's XML does not parse: " + e.error(), "equality"));
      return;
    }
    if (a.error() != null) {
      out.add(new Mismatch(Part.BODY, "$", "a well-formed XML document",
          "XML that does not parse: " + a.error(), "equality"));
      return;
    }
    XmlBodyMatcher m = new XmlBodyMatcher(rules, allowUnexpectedKeys, out);
    Element er = e.document().getDocumentElement();
    Element ar = a.document().getDocumentElement();
    m.path.pushField(localName(er));
    m.compareElement(er, ar);
  }

  private void compareElement(Element e, Element a) {
    if (!sameName(e, a)) {
      out.add(new Mismatch(Part.BODY, path.path().render(), "element <" + qualified(e) + ">",
          "element <" + qualified(a) + ">", "equality"));
      return;
    }
    checkChildCount(a);
    compareAttributes(e, a);
    compareChildren(e, a);
    compareText(e, a);
  }

  private void checkChildCount(Element a) {
    RuleIndex.Selected s = rules.isEmpty() ? null : path.select();
    if (s == null || !s.exact()) {
      return;
    }
    for (MatchingRule rule : s.group().rules()) {
      if (rule instanceof MatchingRule.Type t && (t.min() != null || t.max() != null)) {
        int n = 0;
        for (Node c = a.getFirstChild(); c != null; c = c.getNextSibling()) {
          n += c instanceof Element ? 1 : 0;
        }
        if ((t.min() != null && n < t.min()) || (t.max() != null && n > t.max())) {
          String limit = t.min() != null && n < t.min() ? "at least " + t.min() : "at most " + t.max();
          out.add(new Mismatch(Part.BODY, path.path().render(), "an element with " + limit + " child elements (type match)",
              "element <" + qualified(a) + "> with " + n + " child elements", "type"));
        }
      }
    }
  }

  private void compareAttributes(Element e, Element a) {
    Map<String, Attr> expected = attributes(e);
    Map<String, Attr> actual = attributes(a);
    for (Map.Entry<String, Attr> entry : expected.entrySet()) {
      Attr ea = entry.getValue();
      Attr aa = actual.get(entry.getKey());
      path.pushField("@" + localName(ea));
      if (aa == null) {
        out.add(new Mismatch(Part.BODY, path.path().render(), quoted(ea.getValue()) + " (string)",
            "nothing (attribute missing)", "equality"));
      } else {
        compareText(ea.getValue(), aa.getValue());
      }
      path.pop();
    }
    if (!allowUnexpectedKeys) {
      for (Map.Entry<String, Attr> entry : actual.entrySet()) {
        if (!expected.containsKey(entry.getKey())) {
          path.pushField("@" + localName(entry.getValue()));
          out.add(new Mismatch(Part.BODY, path.path().render(),
              "no attribute " + entry.getValue().getName() + " (unexpected attributes fail a request body)",
              quoted(entry.getValue().getValue()) + " (string)", "equality"));
          path.pop();
        }
      }
    }
  }

  private void compareChildren(Element e, Element a) {
    Map<String, List<Element>> expected = children(e);
    Map<String, List<Element>> actual = children(a);
    for (Map.Entry<String, List<Element>> group : actual.entrySet()) {
      List<Element> actualList = group.getValue();
      List<Element> expectedList = expected.get(group.getKey());
      String name = localName(actualList.get(0));
      if (expectedList == null) {
        path.pushField(name);
        if (!allowUnexpectedKeys || typeRuleAt()) {
          out.add(new Mismatch(Part.BODY, path.path().render(), "no element <" + qualified(actualList.get(0)) + ">",
              "element <" + qualified(actualList.get(0)) + "> (unexpected element)", "equality"));
        }
        path.pop();
      } else {
        compareGroup(name, expectedList, actualList);
      }
    }
    for (Map.Entry<String, List<Element>> group : expected.entrySet()) {
      if (!actual.containsKey(group.getKey())) {
        Element missing = group.getValue().get(0);
        path.pushField(localName(missing));
        out.add(new Mismatch(Part.BODY, path.path().render(), "element <" + qualified(missing) + ">",
            "nothing (element missing)", "equality"));
        path.pop();
      }
    }
  }

  private void compareGroup(String name, List<Element> expected, List<Element> actual) {
    path.pushField(name);
    boolean likeExample = !rules.isEmpty() && path.select() != null;
    path.pop();
    int size = likeExample ? actual.size() : Math.max(expected.size(), actual.size());
    for (int i = 0; i < size; i++) {
      path.pushField(name, i);
      if (likeExample) {
        compareElement(i < expected.size() ? expected.get(i) : expected.get(0), actual.get(i));
      } else if (i >= actual.size()) {
        out.add(new Mismatch(Part.BODY, path.path().render(), "element <" + qualified(expected.get(i)) + ">",
            "nothing (element missing)", "equality"));
      } else if (i >= expected.size()) {
        if (!allowUnexpectedKeys) {
          out.add(new Mismatch(Part.BODY, path.path().render(),
              "no element <" + qualified(actual.get(i)) + "> (expected " + expected.size() + ")",
              "element <" + qualified(actual.get(i)) + "> (unexpected element)", "equality"));
        }
      } else {
        compareElement(expected.get(i), actual.get(i));
      }
      path.pop();
    }
  }

  private boolean typeRuleAt() {
    RuleIndex.Selected s = rules.isEmpty() ? null : path.select();
    return s != null && s.group().rules().stream().anyMatch(r -> r instanceof MatchingRule.Type);
  }

  private void compareText(Element e, Element a) {
    String expected = text(e);
    String actual = text(a);
    path.pushField("#text");
    compareText(expected, actual);
    path.pop();
  }

  private void compareText(String expected, String actual) {
    RuleIndex.Selected s = rules.isEmpty() ? null : path.select();
    List<MatchingRule> effective = s == null ? List.of() : RuleGroups.effective(s.group(), s.exact(), false);
    if (!effective.isEmpty()) {
      RuleGroups.apply(effective, s.group().combine(), TextNode.valueOf(expected), TextNode.valueOf(actual),
          true, s.exact(), Part.BODY, path.path(), null, out);
    } else if (!expected.equals(actual)) {
      out.add(new Mismatch(Part.BODY, path.path().render(), quoted(expected) + " (string)",
          quoted(actual) + " (string)", "equality"));
    }
  }

  private static String text(Element element) {
    StringBuilder sb = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(n.getNodeValue().trim());
      }
    }
    return sb.toString();
  }

  private static Map<String, Attr> attributes(Element element) {
    Map<String, Attr> map = new LinkedHashMap<>();
    NamedNodeMap attrs = element.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
        map.put(key(attr), attr);
      }
    }
    return map;
  }

  private static Map<String, List<Element>> children(Element element) {
    Map<String, List<Element>> map = new LinkedHashMap<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        map.computeIfAbsent(key(child), k -> new ArrayList<>()).add(child);
      }
    }
    return map;
  }

  private static String key(Node node) {
    String ns = node.getNamespaceURI();
    return (ns == null ? "" : "{" + ns + "}") + localName(node);
  }

  private static boolean sameName(Node e, Node a) {
    return Objects.equals(e.getNamespaceURI(), a.getNamespaceURI()) && localName(e).equals(localName(a));
  }

  private static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  private static String qualified(Node node) {
    String ns = node.getNamespaceURI();
    return ns == null ? node.getNodeName() : node.getNodeName() + " xmlns=\"" + ns + "\"";
  }
}

package dev.treaty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Generator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps a generator's pact attributes ({@code {"min": 1, "max": 9}}) to its {@link Generator} record
 * and back, the one place that knows each type's attributes. A known type with an attribute it does
 * not have, or of the wrong JSON type, stays {@link Generator.Unknown}, so nothing read is lost.
 */
final class GeneratorAttributes {
  private GeneratorAttributes() {}

  /** The record for {@code type} with {@code attributes} (everything but {@code type}). */
  static Generator toGenerator(String type, Map<String, JsonNode> attributes) {
    Fields f = new Fields(attributes);
    Generator generator = switch (type) {
      case "RandomInt" -> f.only("min", "max") ? new Generator.RandomInt(f.integer("min"), f.integer("max")) : null;
      case "RandomDecimal" -> f.only("digits") ? new Generator.RandomDecimal(f.integer("digits")) : null;
      case "RandomHexadecimal" -> f.only("digits") ? new Generator.RandomHexadecimal(f.integer("digits")) : null;
      case "RandomString" -> f.only("size") ? new Generator.RandomString(f.integer("size")) : null;
      case "Regex" -> f.only("regex") && f.text("regex") != null ? new Generator.Regex(f.text("regex")) : null;
      case "Uuid" -> f.only("format") ? new Generator.Uuid(f.text("format")) : null;
      case "Date" -> f.only("format", "expression") ? new Generator.Date(f.text("format"), f.text("expression")) : null;
      case "Time" -> f.only("format", "expression") ? new Generator.Time(f.text("format"), f.text("expression")) : null;
      case "DateTime", "Timestamp" -> f.only("format", "expression")
          ? new Generator.DateTime(f.text("format"), f.text("expression")) : null;
      case "RandomBoolean" -> f.only() ? new Generator.RandomBoolean() : null;
      case "ProviderState" -> f.only("expression", "dataType") && f.text("expression") != null
          ? new Generator.ProviderState(f.text("expression"), f.text("dataType")) : null;
      case "MockServerURL" -> f.only("regex", "example") && f.text("regex") != null && f.text("example") != null
          ? new Generator.MockServerURL(f.text("regex"), f.text("example")) : null;
      default -> null;
    };
    return generator != null ? generator : new Generator.Unknown(type, attributes);
  }

  /** The attributes {@code generator} writes beside its {@code type}; absent ones are left out. */
  static Map<String, JsonNode> attributes(Generator generator) {
    Map<String, JsonNode> a = new LinkedHashMap<>();
    if (generator instanceof Generator.RandomInt g) {
      put(a, "min", g.min());
      put(a, "max", g.max());
    } else if (generator instanceof Generator.RandomDecimal g) {
      put(a, "digits", g.digits());
    } else if (generator instanceof Generator.RandomHexadecimal g) {
      put(a, "digits", g.digits());
    } else if (generator instanceof Generator.RandomString g) {
      put(a, "size", g.size());
    } else if (generator instanceof Generator.Regex g) {
      put(a, "regex", g.regex());
    } else if (generator instanceof Generator.Uuid g) {
      put(a, "format", g.format());
    } else if (generator instanceof Generator.Date g) {
      formatAndExpression(a, g.format(), g.expression());
    } else if (generator instanceof Generator.Time g) {
      formatAndExpression(a, g.format(), g.expression());
    } else if (generator instanceof Generator.DateTime g) {
      formatAndExpression(a, g.format(), g.expression());
    } else if (generator instanceof Generator.ProviderState g) {
      put(a, "expression", g.expression());
      put(a, "dataType", g.dataType());
    } else if (generator instanceof Generator.MockServerURL g) {
      put(a, "regex", g.regex());
      put(a, "example", g.example());
    } else if (generator instanceof Generator.Unknown g) {
      a.putAll(g.attributes());
    }
    return a;
  }

  private static void formatAndExpression(Map<String, JsonNode> a, String format, String expression) {
    put(a, "format", format);
    put(a, "expression", expression);
  }

  private static void put(Map<String, JsonNode> a, String name, Integer value) {
    if (value != null) {
      a.put(name, IntNode.valueOf(value));
    }
  }

  private static void put(Map<String, JsonNode> a, String name, String value) {
    if (value != null) {
      a.put(name, TextNode.valueOf(value));
    }
  }

  /** The attributes of one generator, checked against what its record can hold. */
  private record Fields(Map<String, JsonNode> attributes) {
    /** Whether every attribute is one of {@code names} and of the JSON type the record holds. */
    boolean only(String... names) {
      Set<String> allowed = Set.of(names);
      for (Map.Entry<String, JsonNode> e : attributes.entrySet()) {
        JsonNode v = e.getValue();
        boolean numeric = Set.of("min", "max", "digits", "size").contains(e.getKey());
        if (!allowed.contains(e.getKey()) || (numeric ? !(v.isIntegralNumber() && v.canConvertToInt()) : !v.isTextual())) {
          return false;
        }
      }
      return true;
    }

    Integer integer(String name) {
      JsonNode n = attributes.get(name);
      return n == null ? null : n.intValue();
    }

    String text(String name) {
      JsonNode n = attributes.get(name);
      return n == null ? null : n.textValue();
    }
  }
}

package dev.treaty.broker.internal.matrix;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw query string read in order, Rack style: {@code q[][pacticipant]=Foo&q[][version]=1}.
 * Brackets may arrive literal or as {@code %5B%5D}; values are form-decoded ({@code +} is a space).
 * The pairing of {@code q[][k]} entries depends on their order, which a map of parameters loses.
 */
final class RackQuery {
  /** One {@code key=value} pair, decoded. */
  record Pair(String key, String value) {}

  private final List<Pair> pairs;

  private RackQuery(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  static RackQuery parse(String raw) {
    List<Pair> pairs = new ArrayList<>();
    if (raw != null) {
      for (String part : raw.split("&")) {
        if (!part.isEmpty()) {
          String[] kv = part.split("=", 2);
          pairs.add(new Pair(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : ""));
        }
      }
    }
    return new RackQuery(pairs);
  }

  /**
   * The hashes of the array parameter {@code name} ({@code name[][key]=value}): a key starts a new
   * hash when the current one already has it. A plain {@code name[]=value} becomes a hash with
   * {@code plainKey} set to the value.
   */
  List<Map<String, String>> hashes(String name, String plainKey) {
    List<Map<String, String>> hashes = new ArrayList<>();
    String prefix = name + "[][";
    for (Pair pair : pairs) {
      String key;
      if (pair.key().startsWith(prefix) && pair.key().endsWith("]")) {
        key = pair.key().substring(prefix.length(), pair.key().length() - 1);
      } else if (pair.key().equals(name + "[]") && plainKey != null) {
        key = plainKey;
      } else {
        continue;
      }
      Map<String, String> last = hashes.isEmpty() ? null : hashes.get(hashes.size() - 1);
      if (last == null || last.containsKey(key) || pair.key().equals(name + "[]")) {
        last = new LinkedHashMap<>();
        hashes.add(last);
      }
      last.put(key, pair.value());
    }
    return hashes;
  }

  /** The last value of a plain parameter, or null. */
  String value(String key) {
    String value = null;
    for (Pair pair : pairs) {
      if (pair.key().equals(key)) {
        value = pair.value();
      }
    }
    return value;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}

package dev.treaty.benchmarks.broker;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code --name value} command-line arguments of the broker tools; every option has a default, unknown ones are refused. */
final class Args {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> read = new TreeSet<>();
  private final String usage;

  private Args(String usage) {
    this.usage = usage;
  }

  static Args parse(String usage, String... args) {
    Args parsed = new Args(usage);
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args) + "\n" + usage);
      }
      parsed.values.put(args[i].substring(2), args[i + 1]);
    }
    return parsed;
  }

  String text(String name, String fallback) {
    read.add(name);
    return values.getOrDefault(name, fallback);
  }

  int number(String name, int fallback) {
    String value = text(name, null);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'\n" + usage);
    }
  }

  boolean flag(String name, boolean fallback) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("--" + name + " must be true or false, got '" + value + "'\n" + usage);
    }
    return Boolean.parseBoolean(value);
  }

  /** Refuses options no one read (a typo must not silently run with the default). */
  void requireAllRead() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + unknown + "\n" + usage);
    }
  }
}

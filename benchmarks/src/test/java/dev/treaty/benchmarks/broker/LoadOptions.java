package dev.treaty.benchmarks.broker;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The load driver's options, from {@code --name value} arguments; every one has a default. */
record LoadOptions(
    URI broker,
    int pacticipants,
    int providersPerConsumer,
    int warmup,
    int publishes,
    int publishClients,
    int verificationRequests,
    int verificationClients) {

  static final String USAGE = """
      usage: BrokerLoad [--broker http://127.0.0.1:9393] [--pacticipants 1000] [--providers-per-consumer 3]
                        [--warmup 200] [--publishes 3000] [--publish-clients 8]
                        [--verification-requests 2000] [--verification-clients 1]""";

  static LoadOptions parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args) + "\n" + USAGE);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    LoadOptions options = new LoadOptions(
        URI.create(values.getOrDefault("broker", "http://127.0.0.1:9393")),
        number(values, "pacticipants", 1000),
        number(values, "providers-per-consumer", 3),
        number(values, "warmup", 200),
        number(values, "publishes", 3000),
        number(values, "publish-clients", 8),
        number(values, "verification-requests", 2000),
        number(values, "verification-clients", 1));
    values.keySet().removeAll(java.util.Set.of("broker", "pacticipants", "providers-per-consumer", "warmup", "publishes",
        "publish-clients", "verification-requests", "verification-clients"));
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + values.keySet() + "\n" + USAGE);
    }
    return options;
  }

  private static int number(Map<String, String> values, String name, int fallback) {
    String value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number: " + value);
    }
  }
}

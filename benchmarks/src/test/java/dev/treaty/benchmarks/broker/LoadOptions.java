package dev.treaty.benchmarks.broker;

import java.net.URI;

/** The load driver's options, from {@code --name value} arguments; every one has a default (the organisation's: {@link SeedOrganisation}'s). */
record LoadOptions(
    URI broker,
    int pacticipants,
    int providersPerConsumer,
    int hubConsumers,
    int warmup,
    int publishes,
    int publishClients,
    int verificationRequests,
    int verificationClients) {

  static final String USAGE = """
      usage: BrokerLoad [--broker http://127.0.0.1:9393] [--pacticipants 1000] [--providers-per-consumer 3] [--hub-consumers 300]
                        [--warmup 200] [--publishes 3000] [--publish-clients 8]
                        [--verification-requests 2000] [--verification-clients 1]""";

  static LoadOptions parse(String... args) {
    Args values = Args.parse(USAGE, args);
    LoadOptions options = new LoadOptions(
        URI.create(values.text("broker", "http://127.0.0.1:9393")),
        values.number("pacticipants", 1000),
        values.number("providers-per-consumer", 3),
        values.number("hub-consumers", 300),
        values.number("warmup", 200),
        values.number("publishes", 3000),
        values.number("publish-clients", 8),
        values.number("verification-requests", 2000),
        values.number("verification-clients", 1));
    values.requireAllRead();
    return options;
  }
}

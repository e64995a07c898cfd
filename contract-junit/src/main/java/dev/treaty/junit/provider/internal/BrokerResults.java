package dev.treaty.junit.provider.internal;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.BrokerResultsPublisher;
import dev.treaty.contract.Interaction;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification results of one provider test class on their way to the broker: each
 * invocation records its result, and after the class's last test every contract whose
 * interactions all ran is published; a refusal fails the class.
 */
final class BrokerResults {
  private static final System.Logger LOG = System.getLogger("dev.treaty.junit");
  private final BrokerClient client;
  private final BrokerResultsPublisher publisher;
  private final Map<LoadedContract, Map<Interaction, InteractionResult>> results = new LinkedHashMap<>();

  BrokerResults(BrokerClient client, BrokerResultsPublisher publisher) {
    this.client = client;
    this.publisher = publisher;
  }

  /** Remembers {@code result}; the first result of an interaction wins. */
  synchronized void record(LoadedContract contract, Interaction interaction, InteractionResult result) {
    results.computeIfAbsent(contract, c -> new IdentityHashMap<>()).putIfAbsent(interaction, result);
  }

  synchronized boolean recorded(LoadedContract contract, Interaction interaction) {
    return results.getOrDefault(contract, Map.of()).containsKey(interaction);
  }

  /** Publishes every contract whose interactions all ran, then closes the client; fails listing every refusal. */
  synchronized void publishAll() {
    List<String> failures = new ArrayList<>();
    try {
      results.forEach((contract, byInteraction) -> publish(contract, byInteraction, failures));
    } finally {
      client.close();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Treaty could not publish verification results to " + client.baseUrl()
          + " as provider version " + publisher.version().number() + ":\n" + String.join("\n", failures));
    }
  }

  /** Closes the client without publishing (the class failed before its tests ran). */
  void discard() {
    client.close();
  }

  private void publish(LoadedContract contract, Map<Interaction, InteractionResult> byInteraction, List<String> failures) {
    List<Interaction> interactions = contract.contract().interactions();
    List<InteractionResult> ordered = new ArrayList<>();
    interactions.stream().filter(byInteraction::containsKey).forEach(i -> ordered.add(byInteraction.get(i)));
    if (ordered.size() < interactions.size()) {
      LOG.log(Level.WARNING, "Treaty: results of " + contract.location() + " not published: only " + ordered.size()
          + " of its " + interactions.size() + " interactions ran (tests filtered out?)");
      return;
    }
    try {
      publisher.publish(contract, ordered);
      LOG.log(Level.INFO, "Treaty: published verification results of " + contract.location() + " as provider version "
          + publisher.version().number());
    } catch (BrokerException e) {
      failures.add("  " + contract.location() + ": " + e.getMessage());
    }
  }
}

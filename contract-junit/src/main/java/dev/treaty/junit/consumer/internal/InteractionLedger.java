package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.matching.MatchResult;
import dev.treaty.matching.MatchingEngine;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps, for one mock provider, the declared interactions, which of them were received and the
 * requests that matched none; the mock's request thread and the test thread both use it.
 */
final class InteractionLedger {
  private static final MatchingEngine ENGINE = MatchingEngine.create();

  private final String provider;
  private final List<Entry> shared = new ArrayList<>();
  private final List<Entry> declared = new ArrayList<>();
  private final List<UnexpectedRequest> unexpected = new ArrayList<>();

  InteractionLedger(String provider) {
    this.provider = provider;
  }

  synchronized void share(List<HttpInteraction> interactions) {
    interactions.forEach(i -> shared.add(new Entry(i)));
  }

  synchronized void declare(HttpInteraction interaction) {
    declared.add(new Entry(interaction));
  }

  /** The interaction that answers {@code request}, or the request recorded as unexpected. */
  synchronized Answer answer(HttpRequest request) {
    Entry closest = null;
    MatchResult closestResult = null;
    int closestScore = Integer.MAX_VALUE;
    for (List<Entry> entries : List.of(declared, shared)) {
      for (Entry entry : entries) {
        MatchResult result = ENGINE.matchRequest(entry.interaction.request(), request);
        if (result.matched()) {
          entry.received = true;
          return new Answer(entry.interaction, null);
        }
        int score = score(result);
        if (score < closestScore) {
          closest = entry;
          closestResult = result;
          closestScore = score;
        }
      }
    }
    UnexpectedRequest miss = new UnexpectedRequest(
        request, closest == null ? null : closest.interaction, closestResult);
    unexpected.add(miss);
    return new Answer(null, miss);
  }

  /** What happened since the last call, for the test that just ended; forgets its declarations. */
  synchronized TestOutcome endTest() {
    TestOutcome outcome = new TestOutcome(provider, interactions(declared, false),
        interactions(declared, true), unexpected);
    declared.clear();
    unexpected.clear();
    return outcome;
  }

  /** The shared interactions and which of them were never received during the class. */
  synchronized TestOutcome endClass() {
    TestOutcome outcome = new TestOutcome(provider, interactions(shared, false),
        interactions(shared, true), unexpected);
    unexpected.clear();
    return outcome;
  }

  private static List<HttpInteraction> interactions(List<Entry> entries, boolean onlyNotReceived) {
    return entries.stream().filter(e -> !onlyNotReceived || !e.received).map(e -> e.interaction).toList();
  }

  /** Method and path mismatches weigh most, so "closest" means "the one the client meant". */
  private static int score(MatchResult result) {
    int score = 0;
    for (Mismatch m : result.mismatches()) {
      score += m.part() == Part.METHOD || m.part() == Part.PATH ? 100 : 1;
    }
    return score;
  }

  /** The interaction that matched, or the unexpected request. */
  record Answer(HttpInteraction interaction, UnexpectedRequest unexpected) {}

  private static final class Entry {
    final HttpInteraction interaction;
    boolean received;

    Entry(HttpInteraction interaction) {
      this.interaction = interaction;
    }
  }
}

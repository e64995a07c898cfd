package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.HttpInteraction;
import java.util.List;

/** What one mock provider saw during one test (or during the class, for shared interactions). */
record TestOutcome(String provider, List<HttpInteraction> declared, List<HttpInteraction> notReceived,
    List<UnexpectedRequest> unexpected) {

  TestOutcome {
    declared = List.copyOf(declared);
    notReceived = List.copyOf(notReceived);
    unexpected = List.copyOf(unexpected);
  }

  boolean passed() {
    return notReceived.isEmpty() && unexpected.isEmpty();
  }
}

package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * One pact the broker selected for verification.
 *
 * @param url the pact's URL (fetch it with {@link BrokerClient#fetchPact(String)})
 * @param name the broker's name for it, such as {@code Pact between order-web (1.2.3) and order-service}
 * @param shortDescription why it was selected, briefly: {@code latest from branch main, deployed to production}
 * @param pending whether its failures must not fail the build (the provider has not verified it yet)
 * @param wip whether it is a work-in-progress pact (always pending)
 * @param notices the broker's explanations, such as why it was selected and what pending means here
 */
public record PactForVerification(
    String url, String name, String shortDescription, boolean pending, boolean wip, List<Notice> notices) {

  public PactForVerification {
    Objects.requireNonNull(url, "url");
    name = name == null ? url : name;
    shortDescription = shortDescription == null ? "" : shortDescription;
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** The texts of the notices meant for before verification (or without a time), in order. */
  public List<String> beforeVerificationNotices() {
    return notices.stream()
        .filter(n -> n.type().isEmpty() || n.type().equals("before_verification"))
        .map(Notice::text)
        .toList();
  }
}

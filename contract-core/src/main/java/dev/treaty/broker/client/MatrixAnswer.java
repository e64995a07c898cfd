package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * The broker's answer to a {@link MatrixQuery}: the rows (consumer version, provider version,
 * verification), the decision and, on Treaty's broker, why each row is what it is.
 *
 * @param deployable true (yes), false (no) or null (unknown: a verification is missing)
 * @param reason the summary reason, as the Pact Broker words it
 * @param explanation Treaty's count of yes / no / unknown rows (empty from other brokers)
 * @param success how many rows passed
 * @param failed how many rows failed
 * @param unknown how many rows have no verification
 * @param rows the rows counted
 * @param fixes for each no or unknown, the command that would fix it (Treaty's broker)
 * @param notices the broker's notices, warnings first
 * @param decisionUrl where the broker keeps this answer ({@code pb:decision}), or null
 * @param json the answer as the broker sent it
 * @param deployOrder for a release train, the order to deploy it in (Treaty's broker), or null
 */
public record MatrixAnswer(Boolean deployable, String reason, String explanation, int success, int failed, int unknown,
    List<Row> rows, List<String> fixes, List<Notice> notices, String decisionUrl, String json, DeployOrder deployOrder) {

  public MatrixAnswer {
    Objects.requireNonNull(json, "json");
    rows = List.copyOf(rows);
    fixes = List.copyOf(fixes);
    notices = List.copyOf(notices);
    reason = reason == null ? "" : reason;
    explanation = explanation == null ? "" : explanation;
  }

  /**
   * One row: a consumer version's pact and what a provider version's verification said of it.
   *
   * @param consumer the consumer's name
   * @param consumerVersion the consumer version number
   * @param provider the provider's name
   * @param providerVersion the provider version, or null when none verified it
   * @param success the verification's result, or null when there is none
   * @param status Treaty's {@code yes}, {@code no} or {@code unknown}; derived from {@code success} for other brokers
   * @param reason Treaty's sentence saying why, or empty
   * @param fix the command that would fix a no or unknown, or empty
   */
  public record Row(String consumer, String consumerVersion, String provider, String providerVersion, Boolean success,
      String status, String reason, String fix) {}
}

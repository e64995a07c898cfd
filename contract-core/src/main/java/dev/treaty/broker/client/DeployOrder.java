package dev.treaty.broker.client;

import java.util.List;
import java.util.Objects;

/**
 * Treaty's broker's answer for a release train (several versions asked about for one environment):
 * an order to deploy them in so that every step leaves the environment compatible, or why there is
 * none.
 *
 * @param possible whether such an order exists
 * @param reason one sentence: the order, or why none exists
 * @param steps the order, first step first (empty when none exists)
 * @param constraints why each step has to wait for another, one sentence each
 * @param blockers why no order can work (what stays in the environment that the train breaks)
 */
public record DeployOrder(boolean possible, String reason, List<Step> steps, List<String> constraints, List<String> blockers) {

  public DeployOrder {
    Objects.requireNonNull(reason, "reason");
    steps = List.copyOf(steps);
    constraints = List.copyOf(constraints);
    blockers = List.copyOf(blockers);
  }

  /**
   * One step: deploy {@code version} of {@code pacticipant}.
   *
   * @param number its place in the order, from 1
   * @param pacticipant the application's name
   * @param version its version number
   * @param reason why it comes where it does
   */
  public record Step(int number, String pacticipant, String version, String reason) {}
}

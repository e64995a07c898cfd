package dev.treaty.broker.internal.matrix;

import java.util.List;

/**
 * Treaty's answer for a release train (several versions to one environment): whether some order of
 * deploying them one by one leaves the environment compatible after every step, the steps of the
 * first such order, and the constraints that shaped it; or, when none exists, the {@code blockers}
 * that say why. {@code reason} is the one sentence a person reads first.
 */
public record DeployOrder(String environment, boolean possible, String reason, List<Step> steps, List<Constraint> constraints,
    List<Blocker> blockers) {
  public DeployOrder {
    steps = List.copyOf(steps);
    constraints = List.copyOf(constraints);
    blockers = List.copyOf(blockers);
  }

  /** Step {@code number} (from 1): deploy {@code version} of {@code pacticipant}, after the ones named in {@code after}. */
  public record Step(int number, String pacticipant, String version, List<String> after, String reason) {
    public Step {
      after = List.copyOf(after);
    }
  }

  /** {@code first} must be deployed before {@code then}: {@code reason} says why, {@code detail} is the row's own sentence. */
  public record Constraint(String first, String then, String reason, String detail) {}

  /** Why no order works: {@code reason}, and the row sentence it comes from ({@code detail}, may be null). */
  public record Blocker(String reason, String detail) {}
}

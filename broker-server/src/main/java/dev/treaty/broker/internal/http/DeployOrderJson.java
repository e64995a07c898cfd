package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.matrix.DeployOrder;
import dev.treaty.broker.internal.matrix.Notice;
import java.util.Optional;

/**
 * Renders a release train's {@code deployOrder} (Treaty's field next to the Pact Broker's
 * {@code summary}): {@code possible}, the one-sentence {@code reason}, the {@code steps} in order,
 * the {@code constraints} that shaped it and, when there is no order, the {@code blockers}.
 */
final class DeployOrderJson {
  private DeployOrderJson() {}

  static ObjectNode render(DeployOrder order) {
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    node.put("environment", order.environment());
    node.put("possible", order.possible());
    node.put("reason", order.reason());
    ArrayNode steps = node.putArray("steps");
    for (DeployOrder.Step step : order.steps()) {
      ObjectNode s = steps.addObject().put("step", step.number()).put("pacticipant", step.pacticipant()).put("version", step.version());
      ArrayNode after = s.putArray("after");
      step.after().forEach(after::add);
      s.put("reason", step.reason());
    }
    ArrayNode constraints = node.putArray("constraints");
    order.constraints().forEach(c -> constraints.addObject().put("first", c.first()).put("then", c.then()).put("reason", c.reason())
        .put("detail", c.detail()));
    ArrayNode blockers = node.putArray("blockers");
    order.blockers().forEach(b -> blockers.addObject().put("reason", b.reason()).put("detail", b.detail()));
    return node;
  }

  /** The order's sentence as a notice, which is what the Pact CLIs print: info when there is an order, a warning when not. */
  static Optional<Notice> notice(DeployOrder order) {
    if (order == null) {
      return Optional.empty();
    }
    return Optional.of(order.possible() ? new Notice("info", order.reason()) : new Notice("warning", "WARN: " + order.reason()));
  }
}

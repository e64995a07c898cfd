package dev.treaty.verify;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.treaty.contract.ProviderState;
import dev.treaty.matching.Mismatch;
import dev.treaty.matching.Part;
import java.util.List;
import java.util.Map;

/** A report with one result of each outcome, for the renderer tests. */
final class Reports {
  private Reports() {}

  static VerificationReport mixed() {
    ProviderState order = new ProviderState("order 42 exists", Map.of("id", IntNode.valueOf(42)));
    InteractionResult passed = result("health check", List.of(), Outcome.PASSED, List.of(), null);
    InteractionResult failed = result("get order 42", List.of(order), Outcome.FAILED, List.of(
        new Mismatch(Part.STATUS, "", "200", "404", "equality"),
        new Mismatch(Part.BODY, "$.total", "a decimal number, example 12.5", "\"12.5\" (string)", "decimal")),
        null);
    InteractionResult error = result("list orders", List.of(ProviderState.of("orders exist")), Outcome.ERROR,
        List.of(), "provider state \"orders exist\" setup failed: database is down");
    InteractionResult pending = result("cancel order", List.of(), Outcome.PENDING,
        List.of(new Mismatch(Part.STATUS, "", "204", "405", "equality")), null);
    return new VerificationReport("order-service", List.of(passed, failed, error, pending),
        List.of("order-web is pending: it has not been verified yet"));
  }

  private static InteractionResult result(
      String description, List<ProviderState> states, Outcome outcome, List<Mismatch> mismatches, String error) {
    return new InteractionResult("order-web", "order-service", description, states,
        "pacts/order-web-order-service.json", outcome, mismatches, error, null);
  }
}

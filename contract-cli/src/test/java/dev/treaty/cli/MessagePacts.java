package dev.treaty.cli;

import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.message;

import dev.treaty.contract.Contract;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactWriter;
import java.nio.file.Path;
import java.util.List;

/** A V4 pact with one message interaction, written with Treaty's DSL. */
final class MessagePacts {
  private MessagePacts() {}

  static void write(Path dir) {
    Contract contract = Contract.of("order-web", "order-events", SpecVersion.V4, List.of(message("an OrderShipped event")
        .given("order 42 has shipped")
        .contents(json(o -> o.integerType("orderId", 42).stringMatching("status", "SHIPPED|DELIVERED", "SHIPPED")))
        .build()));
    PactWriter.write(contract, SpecVersion.V4, dir.resolve("order-web-order-events.json"));
  }
}

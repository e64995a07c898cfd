package dev.treaty.compat;

import static dev.treaty.dsl.ContractDsl.http;
import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.like;
import static dev.treaty.dsl.ContractDsl.regex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.junit.consumer.MockProvider;
import dev.treaty.junit.consumer.TreatyConsumerTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web shop's contract with the inventory service, written by Spring's {@code RestClient}
 * against Treaty's mock; {@link InventoryProviderIT} verifies the contract against the Spring
 * Boot service.
 */
@TreatyConsumerTest(consumer = "inventory-web", provider = "inventory-service")
class InventoryClientContractTest {
  static final String JSON_TYPE = "application/json(;\\s?charset=[\\w-]+)?";

  @Test
  void readsAnItem(MockProvider inventory) {
    Item cup = new Item("SKU-0001", "Espresso cup", 12, new BigDecimal("4.5"), false);
    inventory.expect(http("get item SKU-0001")
        .given("item exists", Map.of("sku", "SKU-0001"))
        .request(r -> r.get("/items/SKU-0001").header("Accept", "application/json"))
        .response(r -> r.status(200)
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(like(cup).with("sku", regex("SKU-\\d{4}", "SKU-0001")))));

    assertThat(new InventoryClient(inventory.baseUrl()).item("SKU-0001")).contains(cup);
  }

  @Test
  void findsNothingForAnUnknownItem(MockProvider inventory) {
    inventory.expect(http("get missing item SKU-9999")
        .given("item does not exist", Map.of("sku", "SKU-9999"))
        .request(r -> r.get("/items/SKU-9999").header("Accept", "application/json"))
        .response(r -> r.status(404)));

    assertThat(new InventoryClient(inventory.baseUrl()).item("SKU-9999")).isEmpty();
  }

  @Test
  void reservesUnits(MockProvider inventory) {
    inventory.expect(http("reserve 2 of SKU-0001")
        .given("item exists", Map.of("sku", "SKU-0001"))
        .request(r -> r.post("/reservations")
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> o.stringMatching("sku", "SKU-\\d{4}", "SKU-0001").integerType("quantity", 2))))
        .response(r -> r.status(201)
            .headerMatching("Location", "(https?://[^/]+)?/reservations/\\d+", "/reservations/501")
            .headerMatching("Content-Type", JSON_TYPE, "application/json")
            .body(json(o -> o.integerType("id", 501).stringType("sku", "SKU-0001").integerType("quantity", 2)))));

    Reservation reservation = new InventoryClient(inventory.baseUrl()).reserve("SKU-0001", 2);

    assertThat(reservation).isEqualTo(new Reservation(501, "SKU-0001", 2));
  }
}

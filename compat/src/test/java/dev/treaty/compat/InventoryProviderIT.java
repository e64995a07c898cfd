package dev.treaty.compat;

import dev.treaty.junit.provider.ContractFolder;
import dev.treaty.junit.provider.State;
import dev.treaty.junit.provider.StateAction;
import dev.treaty.junit.provider.TreatyProviderTest;
import dev.treaty.junit.provider.VerificationContext;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Verifies the Spring Boot inventory service, started by {@code @SpringBootTest} on a random port,
 * against the contract {@link InventoryClientContractTest} wrote in the test phase.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TreatyProviderTest(provider = "inventory-service")
@ContractFolder("target/contracts")
class InventoryProviderIT {
  @Autowired Inventory inventory;

  @Value("${local.server.port}")
  int port;

  @BeforeEach
  void target(VerificationContext context) {
    context.target(URI.create("http://localhost:" + port));
  }

  @TestTemplate
  void verify(VerificationContext context) {
    context.verify();
  }

  @State("item exists")
  void itemExists(String sku) {
    inventory.put(new Item(sku, "Espresso cup", 12, new BigDecimal("4.5"), false));
  }

  @State("item does not exist")
  void itemDoesNotExist(String sku) {
    if (inventory.find(sku).isPresent()) {
      throw new IllegalStateException("item " + sku + " exists");
    }
  }

  @State(value = {"item exists", "item does not exist"}, action = StateAction.TEARDOWN)
  void forgetEverything() {
    inventory.clear();
  }
}

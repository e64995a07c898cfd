package dev.treaty.examples.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Message;
import dev.treaty.junit.provider.ContractFolder;
import dev.treaty.junit.provider.ProducesMessage;
import dev.treaty.junit.provider.State;
import dev.treaty.junit.provider.StateAction;
import dev.treaty.junit.provider.TreatyProviderTest;
import dev.treaty.junit.provider.VerificationContext;
import io.javalin.Javalin;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;

/**
 * Verifies the order service against the contracts of its consumers, as the order-consumer
 * example writes them: one test per interaction, against the real service on a free port.
 */
@TreatyProviderTest(provider = "order-service")
@ContractFolder("../order-consumer/target/contracts")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderProviderTest {
  private static final OffsetDateTime PLACED_AT = OffsetDateTime.parse("2026-11-02T09:30:00Z");

  final OrderRepository repository = new OrderRepository();
  private Javalin app;
  private Order shipped;

  /** How the service writes orders; a subclass breaks it on purpose. */
  OrderJson json() {
    return OrderJson.standard();
  }

  @BeforeAll
  void start() {
    app = OrderService.create(repository, json()).start(0);
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  @BeforeEach
  void target(VerificationContext context) {
    context.target(URI.create("http://localhost:" + app.port()));
  }

  @TestTemplate
  void verify(VerificationContext context) {
    context.verify();
  }

  @State("order exists")
  Map<String, Object> orderExists(String customerId) {
    Order order = repository.add(order(customerId, OrderStatus.PAID));
    return Map.of("id", order.id());
  }

  @State("order does not exist")
  void orderDoesNotExist(long id) {
    if (repository.find(id).isPresent()) {
      throw new IllegalStateException("order " + id + " exists");
    }
  }

  @State("customer exists")
  void customerExists(String customerId) {
    repository.addCustomer(customerId);
  }

  @State("orders with status exist")
  void ordersWithStatusExist(OrderStatus status, int count) {
    for (int i = 0; i < count; i++) {
      repository.add(order("C-" + (2000 + i), status));
    }
  }

  @State("order has shipped")
  void orderHasShipped(long id) {
    shipped = repository.save(order("C-1001", OrderStatus.SHIPPED).withId(id));
  }

  @State(value = {"order exists", "order does not exist", "customer exists", "orders with status exist",
      "order has shipped"}, action = StateAction.TEARDOWN)
  void forgetEverything() {
    repository.clear();
  }

  @ProducesMessage("an OrderShipped event")
  Message orderShipped() throws IOException {
    OrderEvents.Event event = new OrderEvents().orderShipped(
        shipped, "DHL", "JD014600003828", OffsetDateTime.parse("2026-11-03T14:05:00Z"));
    return new Message(Body.json(new ObjectMapper().readTree(event.payload())),
        Map.of("contentType", TextNode.valueOf(event.contentType()), "topic", TextNode.valueOf(event.topic())),
        null, null);
  }

  private static Order order(String customerId, OrderStatus status) {
    return new Order(0, customerId, status, PLACED_AT,
        List.of(new OrderLine("SKU-0001", 2, new BigDecimal("12.75"))));
  }
}

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
import java.net.URI;
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
  final OrderRepository repository = new OrderRepository();
  private final ProviderStates states = new ProviderStates(repository);
  private Javalin app;

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
    return states.orderExists(customerId);
  }

  @State("order does not exist")
  void orderDoesNotExist(long id) {
    states.orderDoesNotExist(id);
  }

  @State("customer exists")
  void customerExists(String customerId) {
    states.customerExists(customerId);
  }

  @State("orders with status exist")
  void ordersWithStatusExist(OrderStatus status, int count) {
    states.ordersWithStatusExist(status, count);
  }

  @State("order has shipped")
  void orderHasShipped(long id) {
    states.orderHasShipped(id);
  }

  @State(value = {"order exists", "order does not exist", "customer exists", "orders with status exist",
      "order has shipped"}, action = StateAction.TEARDOWN)
  void forgetEverything() {
    states.reset();
  }

  @ProducesMessage("an OrderShipped event")
  Message orderShipped() throws IOException {
    OrderEvents.Event event = states.shippedEvent();
    return new Message(Body.json(new ObjectMapper().readTree(event.payload())),
        Map.of("contentType", TextNode.valueOf(event.contentType()), "topic", TextNode.valueOf(event.topic())),
        null, null);
  }
}

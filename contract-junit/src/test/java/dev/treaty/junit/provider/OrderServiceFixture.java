package dev.treaty.junit.provider;

import dev.treaty.verify.RequestFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;

/**
 * A complete provider test of {@link FakeOrderService} against the contracts in {@code
 * provider/contracts/orders}; fixtures extend it and change one thing each. Calls to state and
 * message methods are recorded in {@link #CALLS}.
 */
abstract class OrderServiceFixture {
  static final List<String> CALLS = Collections.synchronizedList(new ArrayList<>());
  static final List<String> PATHS = Collections.synchronizedList(new ArrayList<>());

  FakeOrderService service;

  boolean broken() {
    return false;
  }

  @BeforeEach
  void start(VerificationContext context) {
    service = FakeOrderService.start(broken());
    context.target(service.baseUrl()).requestFilter(RequestFilter.header("Authorization", "Bearer secret"));
  }

  @AfterEach
  void stop() {
    PATHS.addAll(service.paths());
    service.close();
  }

  @TestTemplate
  void verify(VerificationContext context) {
    context.verify();
  }

  @State("order exists")
  Map<String, Object> orderExists(long id, BigDecimal total) {
    CALLS.add("setup order exists " + id + " " + total);
    service.put(7, total);
    return Map.of("id", 7);
  }

  @State(value = "order exists", action = StateAction.TEARDOWN)
  void removeOrder(Map<String, Object> params) {
    CALLS.add("teardown order exists " + params);
    service.clear();
  }

  @ProducesMessage("an order shipped event")
  Map<String, Object> orderShipped() {
    CALLS.add("produce an order shipped event");
    return Map.of("orderId", 9, "status", "SHIPPED");
  }
}

package dev.treaty.junit.consumer;

import static dev.treaty.dsl.ContractDsl.json;
import static dev.treaty.dsl.ContractDsl.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** The example message a consumer test hands to its handler, in the forms handlers take. */
class ExampleMessageTest {

  record OrderCreated(long orderId, String status) {}

  @Test
  void jsonContentsAreAvailableAsTextJsonAndObject() {
    ExampleMessage example = new ExampleMessage(message("order created")
        .contents(json(o -> o.integerType("orderId", 42).stringType("status", "CREATED")))
        .metadata("topic", "orders").build().message());

    assertThat(example.text()).isEqualTo("{\"orderId\":42,\"status\":\"CREATED\"}");
    assertThat(example.bytes()).asString().isEqualTo(example.text());
    assertThat(example.json().get("orderId").asLong()).isEqualTo(42);
    assertThat(example.as(OrderCreated.class)).isEqualTo(new OrderCreated(42, "CREATED"));
    assertThat(example.metadata().get("topic").textValue()).isEqualTo("orders");
  }

  @Test
  void textContentsAreNotJson() {
    ExampleMessage example = new ExampleMessage(message("note").contents("hello", "text/plain").build().message());

    assertThat(example.text()).isEqualTo("hello");
    Throwable error = catchThrowable(example::json);
    assertThat(error).isInstanceOf(IllegalStateException.class);
    Golden.assertMatches("example-message-not-json.txt", error.getMessage());
  }
}

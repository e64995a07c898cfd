package dev.treaty.junit.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.contract.ProviderState;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** A state's params reach a {@code @State} method by name and type, as a map, or as the state. */
class StateArgumentsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  enum Status { OPEN, SHIPPED }

  record Line(String sku, int quantity) {}

  @SuppressWarnings("unused")
  static final class Methods {
    void typed(long id, BigDecimal total, Status status, List<Line> lines) {}

    void whole(Map<String, Object> params, ProviderState state) {}

    void count(int count) {}
  }

  private static final ProviderState STATE = new ProviderState("order exists", Map.of(
      "id", json("42"), "total", json("12.50"), "status", json("\"SHIPPED\""),
      "lines", json("[{\"sku\": \"SKU-1\", \"quantity\": 2}]"), "count", json("\"many\"")));

  @Test
  void paramsAreConvertedToTheTypesOfParametersWithTheirNames() {
    Object[] arguments = StateArguments.bind(method("typed"), "OrderTest", STATE);

    assertThat(arguments).containsExactly(42L, new BigDecimal("12.5"), Status.SHIPPED, List.of(new Line("SKU-1", 2)));
  }

  @Test
  void mapParameterGetsEveryParamAndStateParameterTheState() {
    Object[] arguments = StateArguments.bind(method("whole"), "OrderTest", STATE);

    assertThat(arguments[1]).isSameAs(STATE);
    assertThat(arguments[0]).asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("id", 42).containsEntry("status", "SHIPPED").hasSize(5);
  }

  @Test
  void paramOfTheWrongTypeFailsNamingMethodParamAndValue() {
    assertThatThrownBy(() -> StateArguments.bind(method("count"), "OrderTest", STATE))
        .hasMessage("@State method count(int count) of OrderTest: param \"count\" is \"many\", which cannot be converted to int");
  }

  @Test
  void signatureShowsSimpleTypeNames() {
    assertThat(StateArguments.signature(method("typed")))
        .isEqualTo("typed(long id, BigDecimal total, StateArgumentsTest.Status status, List<StateArgumentsTest.Line> lines)");
  }

  private static Method method(String name) {
    return Arrays.stream(Methods.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

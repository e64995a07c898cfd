package dev.treaty.broker.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of a JSON document, the request body or the pact inside it: a node dropped, retyped,
 * given a hostile string, a number past every range, nested thousands deep or grown into a huge
 * array; an unknown field added. The node is picked by its place in document order
 * ({@link JsonSpots#at}), so the same generated value always hits the same node of a template.
 */
final class JsonMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<JsonNode> RETYPED = List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
      NODES.numberNode(-1), NODES.numberNode(1.5), NODES.textNode(""), NODES.textNode("x"), NODES.arrayNode(),
      NODES.objectNode(), NODES.arrayNode().add(1).add("two"), NODES.objectNode().put("a", 1));
  private static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890",
      "9223372036854775808", "-9223372036854775809", "2147483648", "0.1" + "1".repeat(2_000), "1" + "0".repeat(5_000), "-0",
      "1E+2147483648", "0e-99999999999", "1.5e308", "4.9e-325");

  private JsonMutations() {}

  /** Mutations of the request body ({@link Draft#json}). */
  static Gen<Mutation> ofBody() {
    return of(Mutation.Stage.JSON, "body", d -> d.json, (d, root) -> d.json = root);
  }

  /** Mutations of the pact document inside the request ({@link Draft#pact}, or the body for a pact PUT). */
  static Gen<Mutation> ofPact() {
    Gen<Mutation> fixture = Fuzz.pick(PactDocuments.NAMES).map(name -> new Mutation(Mutation.Stage.PACT,
        "pact := fixture " + name, d -> d.setPactDocument(PactDocuments.load(name, d.consumer, d.provider))));
    return Fuzz.frequency(
        Pair.of(1, fixture),
        Pair.of(4, of(Mutation.Stage.PACT, "pact", Draft::pactDocument, Draft::setPactDocument)));
  }

  private static Gen<Mutation> of(Mutation.Stage stage, String what, Function<Draft, JsonNode> get,
      java.util.function.BiConsumer<Draft, JsonNode> set) {
    Gen<Integer> at = Generate.range(0, 10_000);
    return Fuzz.frequency(
        Pair.of(3, at.map(i -> change(stage, what, i, "dropped", get, set, (d, spot, root) -> {
          spot.remove();
          return root;
        }))),
        Pair.of(3, Fuzz.combine(at, Fuzz.pick(RETYPED), (i, value) ->
            replace(stage, what, i, ":= " + value, get, set, d -> value.deepCopy()))),
        Pair.of(4, Fuzz.combine(at, HostileStrings.any(), (i, value) ->
            replace(stage, what, i, ":= \"" + Printable.of(value) + "\"", get, set, d -> NODES.textNode(value)))),
        Pair.of(1, Fuzz.combine(at, Fuzz.pick(HostileTimes.VALUES), (i, value) -> change(stage, what, i, ":= \"" + value + "\"",
            get, set, JsonMutations::isTime, (d, spot, root) -> {
              if (spot.isRoot()) {
                return NODES.textNode(value);
              }
              spot.replace(NODES.textNode(value));
              return root;
            }))),
        Pair.of(2, Fuzz.combine(at, Fuzz.pick(NUMBERS), (i, value) ->
            replace(stage, what, i, ":= " + Printable.of(value), get, set, d -> d.splice(value)))),
        Pair.of(2, Fuzz.combine(at, Fuzz.pick(20, 200, 999, 1_001, 5_000, 100_000), Fuzz.pick(true, false), (i, depth, arrays) -> replace(stage, what, i, ":= " + depth + " nested " + (arrays ? "arrays" : "objects"),
                get, set, d -> d.splice(nested(depth, arrays))))),
        Pair.of(1, Fuzz.combine(at, Fuzz.pick(1_000, 100_000), (i, n) ->
            replace(stage, what, i, ":= array of " + n + " strings", get, set, d -> array(n)))),
        Pair.of(2, Fuzz.combine(at, HostileStrings.any(1_000), Fuzz.pick(RETYPED), (i, key, value) ->
            change(stage, what, i, "gets field \"" + Printable.of(key) + "\": " + value, get, set, (d, spot, root) -> {
              if (spot.node() instanceof ObjectNode object) {
                object.set(key, value.deepCopy());
              } else if (spot.node() instanceof ArrayNode array) {
                array.add(value.deepCopy());
              }
              return root;
            }))));
  }

  /** Replaces the node at {@code at}, or the whole document when it is the root. */
  private static Mutation replace(Mutation.Stage stage, String what, int at, String how, Function<Draft, JsonNode> get,
      java.util.function.BiConsumer<Draft, JsonNode> set, Function<Draft, JsonNode> value) {
    return change(stage, what, at, how, get, set, (d, spot, root) -> {
      if (spot.isRoot()) {
        return value.apply(d);
      }
      spot.replace(value.apply(d));
      return root;
    });
  }

  private static Mutation change(Mutation.Stage stage, String what, int at, String how, Function<Draft, JsonNode> get,
      java.util.function.BiConsumer<Draft, JsonNode> set, Edit edit) {
    return change(stage, what, at, how, get, set, spot -> true, edit);
  }

  /** As above, aimed at the spots {@code preferred} picks when the document has any. */
  private static Mutation change(Mutation.Stage stage, String what, int at, String how, Function<Draft, JsonNode> get,
      java.util.function.BiConsumer<Draft, JsonNode> set, java.util.function.Predicate<JsonSpots.Spot> preferred, Edit edit) {
    return new Mutation(stage, what + " node #" + at + " " + how, d -> {
      JsonNode root = get.apply(d);
      if (root != null) {
        JsonSpots.Spot spot = JsonSpots.of(root).at(at, preferred);
        d.note(what + " " + spot.path() + " " + how);
        set.accept(d, edit.apply(d, spot, root));
      }
    });
  }

  /** Fields that hold a time or date ({@code includeWipPactsSince}, {@code createdAt}), where hostile times matter most. */
  private static boolean isTime(JsonSpots.Spot spot) {
    return spot.key() != null && spot.key().matches("(?i).*(since|date|time|At)$");
  }

  /** Changes the document at a spot and returns its (possibly new) root. */
  @FunctionalInterface
  private interface Edit {
    JsonNode apply(Draft draft, JsonSpots.Spot spot, JsonNode root);
  }

  /** Nesting written as raw text: Jackson's tree would overflow the stack or refuse the depth. */
  private static String nested(int depth, boolean arrays) {
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    return open.repeat(depth) + "1" + close.repeat(depth);
  }

  private static JsonNode array(int n) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < n; i++) {
      array.add("item-" + i);
    }
    return array;
  }
}

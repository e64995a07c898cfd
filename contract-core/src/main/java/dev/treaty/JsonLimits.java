package dev.treaty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.path.internal.JsonPaths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits every Treaty JSON reader enforces, in one place: contract-core's mappers (pact files,
 * bodies, broker replies) and the broker's. Text past a limit fails to parse with a message that
 * names the limit and its value (Jackson's {@code StreamConstraintsException}), so a reader can
 * answer it as bad input.
 *
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH} (arrays and objects inside each other);
 *   <li>a number at most {@value #MAX_NUMBER_LENGTH} characters long;
 *   <li>a string at most {@value #MAX_STRING_LENGTH} characters, a property name at most
 *       {@value #MAX_NAME_LENGTH};
 *   <li>a number with a fraction or exponent must fit a 64-bit floating point number: beyond it
 *       ({@code 1e999}) it would be read as infinity and written back as the string
 *       {@code "Infinity"}, so {@link #firstNumberOutOfRange} finds it and readers refuse it.
 * </ul>
 *
 * These are Jackson's defaults, made explicit so that every reader agrees and they are documented.
 * Writing allows {@value #MAX_WRITE_NESTING_DEPTH} levels, so a document read at the limit can
 * still be sent inside a reply that wraps it.
 */
public final class JsonLimits {
  public static final int MAX_NESTING_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
  public static final int MAX_WRITE_NESTING_DEPTH = MAX_NESTING_DEPTH + 100;
  public static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
  public static final int MAX_STRING_LENGTH = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
  public static final int MAX_NAME_LENGTH = StreamReadConstraints.DEFAULT_MAX_NAME_LEN;

  private static final StreamReadConstraints READ = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build();
  private static final StreamWriteConstraints WRITE = StreamWriteConstraints.builder()
      .maxNestingDepth(MAX_WRITE_NESTING_DEPTH)
      .build();

  private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[A-Za-z]+\\.[A-Za-z]+\\(\\)`\\)");

  private JsonLimits() {}

  /** A new {@link ObjectMapper} whose parsers and generators enforce these limits. */
  public static ObjectMapper newMapper() {
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(READ).streamWriteConstraints(WRITE).build());
  }

  /**
   * The JSON path ({@code $.a[0].b}) of the first number in {@code root} that was too large for a
   * 64-bit floating point number (read as infinity), if there is one.
   */
  public static Optional<String> firstNumberOutOfRange(JsonNode root) {
    return hasNumberOutOfRange(root) ? Optional.of(pathOfNumberOutOfRange(root, "$")) : Optional.empty();
  }

  /** What a reader says about the number at {@code path} that {@link #firstNumberOutOfRange} found. */
  public static String numberOutOfRange(String path) {
    return "the number at " + path + " is out of range: a number with a fraction or exponent must fit a 64-bit"
        + " floating point number (magnitude at most " + Double.MAX_VALUE + ")";
  }

  /**
   * A parse failure in words: the first line of Jackson's message, without the name of the Jackson
   * setting behind a limit ({@code Document nesting depth (1001) exceeds the maximum allowed (1000)}).
   */
  public static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String firstLine = message.lines().findFirst().orElse("").strip();
    return JACKSON_SETTING.matcher(firstLine).replaceAll(")");
  }

  private static boolean hasNumberOutOfRange(JsonNode root) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (isOutOfRange(node)) {
        return true;
      }
      if (node.isContainerNode()) {
        node.forEach(pending::push);
      }
    }
    return false;
  }

  /** Depth-first in document order; called only once one is known to exist, so paths are built once. */
  private static String pathOfNumberOutOfRange(JsonNode node, String path) {
    if (isOutOfRange(node)) {
      return path;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (hasNumberOutOfRange(field.getValue())) {
          return pathOfNumberOutOfRange(field.getValue(), JsonPaths.field(path, field.getKey()));
        }
      }
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (hasNumberOutOfRange(node.get(i))) {
        return pathOfNumberOutOfRange(node.get(i), JsonPaths.index(path, i));
      }
    }
    return path;
  }

  private static boolean isOutOfRange(JsonNode node) {
    return node.isFloatingPointNumber() && !node.isBigDecimal() && Double.isInfinite(node.doubleValue());
  }
}

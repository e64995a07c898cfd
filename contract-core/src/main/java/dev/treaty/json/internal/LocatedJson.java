package dev.treaty.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.JsonLimits;
import dev.treaty.contract.internal.JsonMappers;
import dev.treaty.path.internal.JsonPaths;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree read in one streaming pass that also remembers the line and column where each JSON
 * path starts, so that the validator can point at exact places in the file.
 */
public final class LocatedJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, Location> locations;

  private LocatedJson(JsonNode root, Map<String, Location> locations) {
    this.root = root;
    this.locations = locations;
  }

  /** A 1-based line and column. */
  public record Location(int line, int column) {
    static final Location UNKNOWN = new Location(-1, -1);

    static Location of(JsonLocation location) {
      return location == null ? UNKNOWN : new Location(location.getLineNr(), location.getColumnNr());
    }
  }

  /**
   * Parses {@code json}; throws {@link JsonProcessingException} for syntax errors (with their
   * location), including trailing content after the top-level value and text past the
   * {@link JsonLimits} (a number out of range among them).
   */
  public static LocatedJson parse(String json) throws JsonProcessingException {
    try (JsonParser parser = JsonMappers.DATA.createParser(stripByteOrderMark(json))) {
      Map<String, Location> locations = new HashMap<>();
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new LocatedJson(null, locations);
      }
      JsonNode root = readValue(parser, "$", locations);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new TrailingContentException(parser, trailing);
      }
      return new LocatedJson(root, locations);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail: " + e, e);
    }
  }

  private static String stripByteOrderMark(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  private static JsonNode readValue(JsonParser parser, String path, Map<String, Location> locations)
      throws IOException {
    locations.put(path, Location.of(parser.currentTokenLocation()));
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      ObjectNode object = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        String child = JsonPaths.field(path, name);
        Location keyLocation = Location.of(parser.currentTokenLocation());
        parser.nextToken();
        object.set(name, readValue(parser, child, locations));
        locations.put(child, keyLocation);
      }
      return object;
    }
    if (token == JsonToken.START_ARRAY) {
      ArrayNode array = NODES.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(readValue(parser, JsonPaths.index(path, index++), locations));
      }
      return array;
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT && Double.isInfinite(parser.getDoubleValue())) {
      throw new NumberOutOfRangeException(parser, path);
    }
    return parser.readValueAsTree();
  }

  /** The tree; null when the text held no JSON value at all. */
  public JsonNode root() {
    return root;
  }

  /**
   * Where {@code path} starts (for an object field: where its key is written); for a path that does
   * not exist, the location of its nearest existing ancestor.
   */
  public Location locate(String path) {
    String current = path;
    while (current != null) {
      Location location = locations.get(current);
      if (location != null) {
        return location;
      }
      current = JsonPaths.parent(current);
    }
    return Location.UNKNOWN;
  }

  /** Thrown for a number too large for a double (see {@link JsonLimits#numberOutOfRange}). */
  static final class NumberOutOfRangeException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    NumberOutOfRangeException(JsonParser parser, String path) {
      super(JsonLimits.numberOutOfRange(path), parser.currentTokenLocation());
    }
  }

  /** Thrown when something follows the top-level JSON value. */
  static final class TrailingContentException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    TrailingContentException(JsonParser parser, JsonToken token) {
      super(
          "unexpected " + describe(token) + " after the end of the top-level JSON value",
          parser.currentTokenLocation());
    }

    private static String describe(JsonToken token) {
      return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }
}

package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The broker's OpenAPI 3 document, maintained by hand in {@value #RESOURCE}. An operation marked
 * {@code "x-treaty-planned": true} is described but not served yet; it is left out of the served
 * document, and {@code OpenApiDocumentTest} fails when the marker and the routes disagree.
 */
public final class OpenApiDocument {
  public static final String RESOURCE = "/dev/treaty/broker/openapi.json";
  static final String PLANNED = "x-treaty-planned";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final ObjectNode document;

  private OpenApiDocument(ObjectNode document) {
    this.document = document;
  }

  /** Reads the document from the classpath; a broken document is a build bug, so it throws. */
  public static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return new OpenApiDocument((ObjectNode) JsonTrees.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Every documented operation, planned ones included. */
  public List<ApiRoute> operations() {
    return collect(false);
  }

  /** The operations marked planned: described, not served yet. */
  public List<ApiRoute> planned() {
    return collect(true);
  }

  /** The document as served: without the planned operations. */
  public String served() {
    ObjectNode copy = document.deepCopy();
    ObjectNode paths = (ObjectNode) copy.get("paths");
    for (String path : List.copyOf(fieldNames(paths))) {
      ObjectNode item = (ObjectNode) paths.get(path);
      item.remove(fieldNames(item).stream().filter(name -> isOperation(name, item.get(name), true)).toList());
      if (fieldNames(item).stream().noneMatch(METHODS::contains)) {
        paths.remove(path);
      }
    }
    return JsonTrees.write(copy);
  }

  private List<ApiRoute> collect(boolean plannedOnly) {
    List<ApiRoute> routes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (isOperation(op.getKey(), op.getValue(), plannedOnly)) {
          routes.add(new ApiRoute(op.getKey(), path.getKey()));
        }
      }
    }
    return routes;
  }

  private static boolean isOperation(String name, JsonNode value, boolean plannedOnly) {
    return METHODS.contains(name) && (!plannedOnly || value.path(PLANNED).asBoolean(false));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

package dev.treaty.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.http.ApiRoute;
import dev.treaty.broker.internal.http.OpenApiDocument;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.RunningBroker;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code openapi.json} and the routes Javalin serves in step, both ways, so the document
 * cannot drift as routes are added. Routes do not depend on the database, so this runs on H2 only.
 * Path parameters are compared by position, not name ({@code {p}} matches {@code {pacticipant}}).
 */
class OpenApiDocumentTest {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static RunningBroker broker;
  private static OpenApiDocument document;

  @BeforeAll
  static void start() {
    broker = RunningBroker.start(Backend.H2);
    document = OpenApiDocument.load();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  @Test
  void everyServedRouteIsDocumented() {
    List<ApiRoute> undocumented = missingFrom(broker.broker().routes(), document.operations());

    assertThat(undocumented)
        .as("routes Javalin serves that %s does not describe; add them to the document:%n  %s",
            OpenApiDocument.RESOURCE, lines(undocumented))
        .isEmpty();
  }

  @Test
  void everyDocumentedOperationIsServedUnlessMarkedPlanned() {
    List<ApiRoute> documented = new ArrayList<>(document.operations());
    documented.removeAll(document.planned());

    List<ApiRoute> notServed = missingFrom(documented, broker.broker().routes());

    assertThat(notServed)
        .as("operations %s describes that Javalin does not serve; remove them, fix their path, or mark them \"x-treaty-planned\": true:%n  %s",
            OpenApiDocument.RESOURCE, lines(notServed))
        .isEmpty();
  }

  @Test
  void noServedRouteIsStillMarkedPlanned() {
    Set<String> served = shapes(broker.broker().routes());
    List<ApiRoute> stale = document.planned().stream().filter(route -> served.contains(route.shape())).sorted().toList();

    assertThat(stale)
        .as("operations marked \"x-treaty-planned\" in %s that are served now; remove the marker:%n  %s",
            OpenApiDocument.RESOURCE, lines(stale))
        .isEmpty();
  }

  @Test
  void theServedDocumentLeavesOutPlannedOperations() {
    Reply reply = broker.http().get("/openapi.json");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode served = reply.json();
    assertThat(served.get("openapi").asText()).startsWith("3.");
    assertThat(served.at("/paths/~1health/get/operationId").asText()).isEqualTo("health");
    assertThat(reply.body().contains("x-treaty-planned")).as("served document mentions x-treaty-planned").isFalse();
    Set<String> servedShapes = shapes(broker.broker().routes());
    served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
        assertThat(servedShapes).as("served document has %s %s", op.getKey(), path.getKey())
            .contains(new ApiRoute(op.getKey(), path.getKey()).shape())));
  }

  @Test
  void everyPathPlaceholderIsADeclaredPathParameterAndEveryRefResolves() throws IOException {
    JsonNode raw = readRaw();
    List<String> problems = new ArrayList<>();
    Set<String> operationIds = new HashSet<>();
    raw.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      Set<String> placeholders = new TreeSet<>();
      Matcher matcher = PLACEHOLDER.matcher(path.getKey());
      while (matcher.find()) {
        placeholders.add(matcher.group(1));
      }
      Set<String> declared = new TreeSet<>();
      op.getValue().path("parameters").forEach(parameter -> {
        JsonNode resolved = resolve(raw, parameter);
        if (resolved.isMissingNode()) {
          problems.add(op.getKey() + " " + path.getKey() + ": unresolved " + parameter);
        } else if ("path".equals(resolved.path("in").asText())) {
          declared.add(resolved.path("name").asText());
        }
      });
      if (!placeholders.equals(declared)) {
        problems.add(op.getKey() + " " + path.getKey() + ": path has " + placeholders + ", parameters declare " + declared);
      }
      if (!operationIds.add(op.getValue().path("operationId").asText())) {
        problems.add(op.getKey() + " " + path.getKey() + ": operationId missing or repeated");
      }
    }));
    collectRefs(raw, problems, raw);

    assertThat(problems).isEmpty();
  }

  private static List<ApiRoute> missingFrom(Collection<ApiRoute> routes, Collection<ApiRoute> in) {
    Set<String> present = shapes(in);
    return routes.stream().filter(route -> !present.contains(route.shape())).distinct().sorted().toList();
  }

  private static Set<String> shapes(Collection<ApiRoute> routes) {
    return routes.stream().map(ApiRoute::shape).collect(Collectors.toSet());
  }

  private static String lines(List<ApiRoute> routes) {
    return routes.stream().map(ApiRoute::toString).collect(Collectors.joining(System.lineSeparator() + "  "));
  }

  private static JsonNode readRaw() throws IOException {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static void collectRefs(JsonNode root, List<String> problems, JsonNode node) {
    if (node.has("$ref") && resolve(root, node).isMissingNode()) {
      problems.add("unresolved " + node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(root, problems, child));
  }
}

package dev.treaty.matching;

import static dev.treaty.matching.MatchingFixtures.bodyRule;
import static dev.treaty.matching.MatchingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.contract.Body;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.ProviderState;
import dev.treaty.contract.Query;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextMismatchRendererTest {
  private final MatchingEngine engine = MatchingEngine.create();

  private static String golden(String name) throws IOException {
    try (InputStream in = PlainTextMismatchRendererTest.class.getResourceAsStream("/golden/matching/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpInteraction interaction(String description, HttpRequest request, HttpResponse response,
      String... states) {
    return new HttpInteraction(description, java.util.Arrays.stream(states).map(ProviderState::of).toList(),
        request, response, null);
  }

  @Test
  void responseBodyMismatchesRenderLocationExpectedAndActual() throws IOException {
    HttpResponse expected = HttpResponse.of(200)
        .withBody(Body.json(json("{'items':[{'price':12.5,'name':'pen'}]}")))
        .withMatchingRules(bodyRule("$.items[*].price", MatchingRule.Type.any()));
    HttpResponse actual = HttpResponse.of(200).withBody(Body.json(json("{'items':[{'price':'12.5'}]}")));
    HttpInteraction interaction = interaction("get order 42", HttpRequest.of("GET", "/orders/42"), expected,
        "order 42 exists");
    MatchResult result = engine.matchResponse(expected, actual);
    assertThat(PlainTextMismatchRenderer.render("order-web", "order-service", interaction, result))
        .isEqualTo(golden("response-body-mismatches.txt"));
  }

  @Test
  void requestPartsAndSeveralStatesRender() throws IOException {
    HttpRequest expected = HttpRequest.of("GET", "/orders").withQuery(Query.parse("page=1"))
        .withHeaders(Headers.of("Accept", "application/json"));
    HttpRequest actual = HttpRequest.of("POST", "/orders/").withQuery(Query.parse("page=2&size=10"));
    HttpInteraction interaction = interaction("list orders", expected, HttpResponse.of(200),
        "orders exist", "user is logged in");
    MatchResult result = engine.matchRequest(expected, actual);
    assertThat(PlainTextMismatchRenderer.render("order-web", "order-service", interaction, result))
        .isEqualTo(golden("request-parts-mismatches.txt"));
  }

  @Test
  void matchedInteractionRendersOneLine() throws IOException {
    MatchResult result = engine.matchResponse(HttpResponse.of(200), HttpResponse.of(200));
    assertThat(PlainTextMismatchRenderer.render("order-web", "order-service", "ping", List.of(), result))
        .isEqualTo(golden("matched.txt"));
  }
}

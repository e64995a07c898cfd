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
  void requestBodyMatcherDescriptionsRender() throws IOException {
    dev.treaty.contract.MatchingRules rules = bodyRule("$.id", new MatchingRule.Regex("\\d+"))
        .with(dev.treaty.contract.Category.BODY, "$.tags", dev.treaty.contract.RuleGroup.of(new MatchingRule.Type(2, null)))
        .with(dev.treaty.contract.Category.BODY, "$.created", dev.treaty.contract.RuleGroup.of(new MatchingRule.Date("yyyy-MM-dd")))
        .with(dev.treaty.contract.Category.BODY, "$.count", dev.treaty.contract.RuleGroup.of(new MatchingRule.IntegerType()));
    HttpRequest expected = HttpRequest.of("POST", "/orders")
        .withBody(Body.json(json("{'id':'42','tags':['a','b'],'created':'2024-01-31','count':3,'note':null}")))
        .withMatchingRules(rules);
    HttpRequest actual = HttpRequest.of("POST", "/orders")
        .withBody(Body.json(json("{'id':'4x','tags':['a'],'created':'31/01/2024','count':2.5,'extra':[1,2]}")));
    HttpInteraction interaction = interaction("create order", expected, HttpResponse.of(201));
    assertThat(PlainTextMismatchRenderer.render("order-web", "order-service", interaction,
        engine.matchRequest(expected, actual))).isEqualTo(golden("request-body-mismatches.txt"));
  }

  @Test
  void xmlBodyMismatchesRenderWithElementIndices() throws IOException {
    String xml = "<animals><alligator name='Mary'>red</alligator><alligator name='Joe'/></animals>";
    String other = "<animals><alligator name='Mary'>blue</alligator><alligator/></animals>";
    HttpResponse expected = HttpResponse.of(200)
        .withBody(Body.of(xml.getBytes(StandardCharsets.UTF_8), "application/xml"));
    HttpResponse actual = HttpResponse.of(200)
        .withBody(Body.of(other.getBytes(StandardCharsets.UTF_8), "application/xml"));
    HttpInteraction interaction = interaction("list animals", HttpRequest.of("GET", "/animals"), expected);
    assertThat(PlainTextMismatchRenderer.render("zoo-web", "zoo-service", interaction,
        engine.matchResponse(expected, actual))).isEqualTo(golden("xml-body-mismatches.txt"));
  }

  @Test
  void matchedInteractionRendersOneLine() throws IOException {
    MatchResult result = engine.matchResponse(HttpResponse.of(200), HttpResponse.of(200));
    assertThat(PlainTextMismatchRenderer.render("order-web", "order-service", "ping", List.of(), result))
        .isEqualTo(golden("matched.txt"));
  }
}

package dev.treaty.matching;

import static dev.treaty.matching.MatchingFixtures.json;
import static dev.treaty.matching.MatchingFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Body;
import dev.treaty.contract.Category;
import dev.treaty.contract.Headers;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.MatchingRule;
import dev.treaty.contract.MatchingRules;
import dev.treaty.contract.Message;
import dev.treaty.contract.Query;
import dev.treaty.contract.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingEnginePartsTest {
  private final MatchingEngine engine = MatchingEngine.create();

  @Test
  void methodIsComparedIgnoringCase() {
    assertThat(engine.matchRequest(HttpRequest.of("GET", "/"), HttpRequest.of("get", "/")).matched()).isTrue();
    assertThat(engine.matchRequest(HttpRequest.of("GET", "/"), HttpRequest.of("POST", "/")).mismatches())
        .containsExactly(new Mismatch(Part.METHOD, "", "\"GET\"", "\"POST\"", "equality"));
  }

  @Test
  void pathIsComparedByEqualityOrByItsRegexRule() {
    assertThat(engine.matchRequest(HttpRequest.of("GET", "/a"), HttpRequest.of("GET", "/a/")).mismatches())
        .containsExactly(new Mismatch(Part.PATH, "", "\"/a\"", "\"/a/\"", "equality"));
    HttpRequest expected = HttpRequest.of("GET", "/orders/1")
        .withMatchingRules(rule(Category.PATH, "", new MatchingRule.Regex("/orders/\\d+")));
    assertThat(engine.matchRequest(expected, HttpRequest.of("GET", "/orders/42")).matched()).isTrue();
    assertThat(engine.matchRequest(expected, HttpRequest.of("GET", "/orders/x")).mismatches())
        .extracting(Mismatch::part, Mismatch::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(Part.PATH, "regex"));
  }

  @Test
  void queryReportsMissingUnexpectedAndDifferentParameters() {
    HttpRequest expected = HttpRequest.of("GET", "/").withQuery(Query.parse("a=1&b=2&b=3"));
    HttpRequest actual = HttpRequest.of("GET", "/").withQuery(Query.parse("b=3&b=2&c=4"));
    assertThat(engine.matchRequest(expected, actual).mismatches()).containsExactly(
        new Mismatch(Part.QUERY, "a", "\"1\"", "nothing (parameter missing)", "equality"),
        new Mismatch(Part.QUERY, "b", "[\"2\", \"3\"]", "[\"3\", \"2\"]", "equality"),
        new Mismatch(Part.QUERY, "c", "nothing (parameter not expected)", "\"4\"", "equality"));
  }

  @Test
  void queryRuleAppliesToEveryValueOfTheParameter() {
    HttpRequest expected = HttpRequest.of("GET", "/").withQuery(Query.parse("id=1"))
        .withMatchingRules(rule(Category.QUERY, "id", new MatchingRule.IntegerType()));
    assertThat(engine.matchRequest(expected, HttpRequest.of("GET", "/").withQuery(Query.parse("id=7&id=8")))
        .matched()).isTrue();
    assertThat(engine.matchRequest(expected, HttpRequest.of("GET", "/").withQuery(Query.parse("id=7&id=x")))
        .mismatches()).extracting(Mismatch::actual).containsExactly("\"x\" (string)");
  }

  @Test
  void v1ComparesQueryStringsExactly() {
    MatchingEngine v1 = MatchingEngine.forSpecVersion(SpecVersion.V1);
    HttpRequest expected = HttpRequest.of("GET", "/").withQuery(Query.parse("a=1&b=2"));
    assertThat(v1.matchRequest(expected, HttpRequest.of("GET", "/").withQuery(Query.parse("b=2&a=1"))).matched())
        .isFalse();
    assertThat(engine.matchRequest(expected, HttpRequest.of("GET", "/").withQuery(Query.parse("b=2&a=1")))
        .matched()).isTrue();
  }

  @Test
  void headersIgnoreNameCaseAllowExtrasAndCompareCommaListsTrimmed() {
    HttpResponse expected = HttpResponse.of(200).withHeaders(Headers.of("Accept", "a,b"));
    HttpResponse actual = HttpResponse.of(200).withHeaders(Headers.of("ACCEPT", "a, b", "X-Extra", "1"));
    assertThat(engine.matchResponse(expected, actual).matched()).isTrue();
    assertThat(engine.matchResponse(expected, HttpResponse.of(200).withHeaders(Headers.of("Accept", "b, a")))
        .mismatches()).containsExactly(new Mismatch(Part.HEADER, "Accept", "\"a,b\"", "\"b, a\"", "equality"));
  }

  @Test
  void missingHeaderIsReported() {
    HttpResponse expected = HttpResponse.of(200).withHeaders(Headers.of("X-Id", "1"));
    assertThat(engine.matchResponse(expected, HttpResponse.of(200)).mismatches())
        .containsExactly(new Mismatch(Part.HEADER, "X-Id", "\"1\"", "nothing (header missing)", "equality"));
  }

  @Test
  void contentTypeComparesMediaTypeAndExpectedParameters() {
    HttpResponse expected = HttpResponse.of(200).withHeaders(Headers.of("Content-Type", "application/json"));
    HttpResponse charset = HttpResponse.of(200).withHeaders(Headers.of("content-type", "application/json; charset=UTF-8"));
    assertThat(engine.matchResponse(expected, charset).matched()).isTrue();
    HttpResponse utf16 = HttpResponse.of(200).withHeaders(Headers.of("Content-Type", "application/json;charset=utf-16"));
    assertThat(engine.matchResponse(utf16, charset).matched()).isFalse();
    HttpResponse utf8 = HttpResponse.of(200).withHeaders(Headers.of("Content-Type", "application/json;charset=utf-8"));
    assertThat(engine.matchResponse(utf8, charset).matched()).isTrue();
  }

  @Test
  void headerRuleIsLookedUpIgnoringCase() {
    HttpResponse expected = HttpResponse.of(200).withHeaders(Headers.of("X-Id", "1"))
        .withMatchingRules(rule(Category.HEADER, "x-id", new MatchingRule.Regex("\\d+")));
    assertThat(engine.matchResponse(expected, HttpResponse.of(200).withHeaders(Headers.of("x-ID", "99")))
        .matched()).isTrue();
  }

  @Test
  void statusIsComparedByEqualityOrStatusClass() {
    assertThat(engine.matchResponse(HttpResponse.of(200), HttpResponse.of(201)).mismatches())
        .containsExactly(new Mismatch(Part.STATUS, "", "200", "201", "equality"));
    HttpResponse success = HttpResponse.of(200)
        .withMatchingRules(rule(Category.STATUS, "", new MatchingRule.StatusCode("success", null)));
    assertThat(engine.matchResponse(success, HttpResponse.of(204)).matched()).isTrue();
    assertThat(engine.matchResponse(success, HttpResponse.of(404)).mismatches()).singleElement()
        .satisfies(m -> {
          assertThat(m.expected()).startsWith("a success status (2xx) (statusCode)");
          assertThat(m.actual()).isEqualTo("404 (number)");
        });
    HttpResponse explicit = HttpResponse.of(200)
        .withMatchingRules(rule(Category.STATUS, "", new MatchingRule.StatusCode(null, List.of(200, 202))));
    assertThat(engine.matchResponse(explicit, HttpResponse.of(202)).matched()).isTrue();
    assertThat(engine.matchResponse(explicit, HttpResponse.of(201)).matched()).isFalse();
  }

  @Test
  void missingBodyAcceptsAnythingAndEmptyBodyRequiresNone() {
    HttpResponse withBody = HttpResponse.of(200).withBody(Body.text("x"));
    assertThat(engine.matchResponse(HttpResponse.of(200), withBody).matched()).isTrue();
    HttpResponse empty = HttpResponse.of(200).withBody(new Body.Empty(null));
    assertThat(engine.matchResponse(empty, withBody).mismatches()).singleElement()
        .extracting(Mismatch::expected).isEqualTo("no body (empty)");
    assertThat(engine.matchResponse(empty, HttpResponse.of(200)).matched()).isTrue();
  }

  @Test
  void differentContentTypesDoNotMatch() {
    HttpResponse expected = HttpResponse.of(200).withBody(Body.json(json("{}")));
    HttpResponse actual = HttpResponse.of(200).withBody(Body.of("<a/>".getBytes(StandardCharsets.UTF_8), "application/xml"));
    assertThat(engine.matchResponse(expected, actual).mismatches()).singleElement()
        .extracting(Mismatch::rule).isEqualTo("contentType");
  }

  @Test
  void textBodyIsComparedByEqualityOrRootRule() {
    HttpResponse expected = HttpResponse.of(200).withBody(Body.text("hello 1"));
    assertThat(engine.matchResponse(expected, HttpResponse.of(200).withBody(Body.text("hello 2"))).matched()).isFalse();
    HttpResponse ruled = expected.withMatchingRules(rule(Category.BODY, "$", new MatchingRule.Regex("hello \\d")));
    assertThat(engine.matchResponse(ruled, HttpResponse.of(200).withBody(Body.text("hello 2"))).matched()).isTrue();
  }

  @Test
  void binaryBodyMatchesByBytesOrDetectedContentType() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1};
    byte[] otherPng = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 9, 9};
    HttpResponse expected = HttpResponse.of(200).withBody(Body.of(png, "image/png"));
    HttpResponse actual = HttpResponse.of(200).withBody(Body.of(otherPng, "image/png"));
    assertThat(engine.matchResponse(expected, actual).matched()).isFalse();
    HttpResponse ruled = expected.withMatchingRules(rule(Category.BODY, "$", new MatchingRule.ContentType("image/png")));
    assertThat(engine.matchResponse(ruled, actual).matched()).isTrue();
    HttpResponse text = HttpResponse.of(200).withBody(Body.of("plain".getBytes(StandardCharsets.UTF_8), "image/png"));
    assertThat(engine.matchResponse(ruled, text).mismatches()).singleElement()
        .extracting(Mismatch::actual).asString().startsWith("content detected as text/plain");
  }

  @Test
  void messageMetadataNeedsExpectedKeysAndHonoursRules() {
    Map<String, JsonNode> metadata = Map.of("topic", TextNode.valueOf("orders"), "id", TextNode.valueOf("1"));
    Message expected = new Message(Body.json(json("{'a':1}")), metadata,
        rule(Category.METADATA, "id", new MatchingRule.Regex("\\d+")), null);
    Message ok = new Message(Body.json(json("{'a':1,'b':2}")),
        Map.of("topic", TextNode.valueOf("orders"), "id", TextNode.valueOf("77")), null, null);
    assertThat(engine.matchMessage(expected, ok).matched()).isTrue();
    Message bad = new Message(Body.json(json("{'a':1}")), Map.of("id", TextNode.valueOf("x")), null, null);
    assertThat(engine.matchMessage(expected, bad).mismatches()).extracting(Mismatch::part, Mismatch::path)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Part.METADATA, "topic"),
            org.assertj.core.groups.Tuple.tuple(Part.METADATA, "id"));
  }

  @Test
  void messageContentsUseBodyRules() {
    Message expected = new Message(Body.json(json("{'n':1}")), null,
        rule(Category.BODY, "$.n", new MatchingRule.IntegerType()), null);
    assertThat(engine.matchMessage(expected, Message.of(Body.json(json("{'n':5}")))).matched()).isTrue();
    assertThat(engine.matchMessage(expected, Message.of(Body.json(json("{'n':'5'}")))).matched()).isFalse();
  }

  @Test
  void emptyRulesAreFine() {
    assertThat(engine.matchResponse(HttpResponse.of(200).withMatchingRules(MatchingRules.EMPTY), HttpResponse.of(200))
        .matched()).isTrue();
  }
}

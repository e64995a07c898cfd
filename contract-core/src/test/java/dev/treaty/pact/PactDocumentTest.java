package dev.treaty.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.contract.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PactDocumentTest {
  static final String PACT = """
      {"consumer":{"name":"A"},"provider":{"name":"B"},
       "interactions":[{"description":"one","request":{"method":"GET","path":"/1"},"response":{"status":200,"body":[1,2]}},
                       {"description":"two","request":{"method":"GET","path":"/2"},"response":{"status":404}}],
       "metadata":{"pactSpecification":{"version":"3.0.0"},"pactJvm":{"version":"4.6.0"}}}""";

  static String resource(String name) {
    try (InputStream in = PactDocumentTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InteractionKey key(String interaction) {
    return PactDocument.parse("{\"interactions\":[" + interaction + "]}").interactions().get(0).key();
  }

  @Test
  void digestsAreTheOnesTheBrokerHasAlwaysStored() {
    // Computed by the broker's ContractDigest before it moved here: stored pacts keep their identity.
    assertThat(PactDocument.parse(resource("pact-v3.json")).digest())
        .isEqualTo("fa1a7cc3dc878b01ec02c67f74849e9d0740bc3253d9bb0c17e945eda6598ae9");
    assertThat(PactDocument.parse(resource("pact-v4.json")).digest())
        .isEqualTo("5e27cce16ebfd7219e263e93c035a51d2b6e8ed9a6d09721df4e3d4c406d1cec");
    assertThat(PactDocument.parse(resource("messages-v3.json")).digest())
        .isEqualTo("793c5969cb9e793c7da5139f6816177c01ae485a4b9a9d0d8edf6eacf9a8b0ed");
  }

  @Test
  void interactionIdsAreTheOnesPactClientsWereGiven() {
    assertThat(PactDocument.parse(resource("pact-v3.json")).interactions()).extracting(PactInteraction::id)
        .containsExactly("59f7789e65eb1f623b5314cc82161b5e0e2f74ee", "9ee6e68bc14138325688625a0fc8abff76ae621a");
    assertThat(PactDocument.parse(resource("pact-v4.json")).interactions()).extracting(PactInteraction::id)
        .containsExactly("5109076fa962e46e568a3285ea2495248db61c2d", "29e14f04679236034e250104fc5ad8222b6b8fcf");
    assertThat(PactDocument.parse(resource("messages-v3.json")).interactions()).extracting(PactInteraction::id)
        .containsExactly("60cb1f2c4fec0a91ce41f4cbe34e225651697f79");
  }

  @Test
  void interactionOrderKeyOrderWhitespaceAndToolMetadataDoNotChangeTheDigest() {
    String reordered = """
        {"metadata":{"pactJvm":{"version":"9.9.9"},"pactSpecification":{"version":"3.0.0"}},
         "provider":{"name":"B"},"consumer":{"name":"A"},
         "interactions":[
           {"response":{"status":404},"request":{"path":"/2","method":"GET"},"description":"two"},
           {"description":"one","response":{"body":[1,2],"status":200},"request":{"method":"GET","path":"/1"}}]}""";

    assertThat(PactDocument.parse(reordered).digest()).isEqualTo(PactDocument.parse(PACT).digest()).matches("[0-9a-f]{64}");
  }

  @Test
  void theSpecificationVersionAndTheOrderInsideABodyArrayChangeTheDigest() {
    String digest = PactDocument.parse(PACT).digest();

    assertThat(PactDocument.parse(PACT.replace("\"3.0.0\"", "\"2.0.0\"")).digest()).isNotEqualTo(digest);
    assertThat(PactDocument.parse(PACT.replace("[1,2]", "[2,1]")).digest()).isNotEqualTo(digest);
  }

  @Test
  void theSpecificationVersionIsReadFromEveryKnownPlace() {
    String legacy = PACT.replace("\"pactSpecification\":{\"version\":\"3.0.0\"}", "\"pact-specification\":{\"version\":\"3.0.0\"}");
    String flat = PACT.replace("\"pactSpecification\":{\"version\":\"3.0.0\"}", "\"pactSpecificationVersion\":\"3.0.0\"");

    assertThat(PactDocument.parse(legacy).digest()).isEqualTo(PactDocument.parse(PACT).digest());
    assertThat(PactDocument.parse(flat).digest()).isEqualTo(PactDocument.parse(PACT).digest());
    assertThat(PactDocument.parse(legacy).specVersion()).contains(SpecVersion.V3);
    assertThat(PactDocument.parse(resource("pact-v4.json")).specVersion()).contains(SpecVersion.V4);
    assertThat(PactDocument.parse("{}").specVersion()).isEmpty();
  }

  @Test
  void theDigestInputHoldsOnlyInteractionsAndTheSpecificationVersion() {
    assertThat(PactDocument.parse(PACT).digestInput()).isEqualTo(
        "{\"interactions\":[{\"description\":\"one\",\"request\":{\"method\":\"GET\",\"path\":\"/1\"},\"response\":{\"body\":[1,2],\"status\":200}},"
            + "{\"description\":\"two\",\"request\":{\"method\":\"GET\",\"path\":\"/2\"},\"response\":{\"status\":404}}],"
            + "\"pactSpecificationVersion\":\"3.0.0\"}");
  }

  @Test
  void theDigestIsTheSha256OfTheDigestInputAsUtf8WhateverTheTextHolds() throws Exception {
    // The digest is streamed into the hash; it must stay the hash of the text, byte for byte.
    java.util.List<String> pacts = java.util.List.of(
        PACT,
        PACT.replace("\"/1\"", "\"/caf\u00e9/\ud83d\ude00/\u4e2d\""),
        PACT.replace("\"/1\"", "\"/lone \\ud800 surrogate\""),
        "{\"interactions\":{\"b\":1,\"a\":[2]},\"messages\":[{\"z\":1},{\"a\":\"\\u0000\"}]}",
        "{\"metadata\":{\"pactSpecificationVersion\":4}}");
    for (String pact : pacts) {
      PactDocument document = PactDocument.parse(pact);
      byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(document.digestInput().getBytes(StandardCharsets.UTF_8));

      assertThat(document.digest()).as(pact).isEqualTo(java.util.HexFormat.of().formatHex(sha));
    }
  }

  @Test
  void interactionIdsIgnoreKeyOrderAndAnExistingId() {
    PactDocument a = PactDocument.parse("{\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\"}}]}");
    PactDocument b = PactDocument.parse("{\"interactions\":[{\"_id\":\"old\",\"request\":{\"path\":\"/\",\"method\":\"GET\"},\"description\":\"x\"}]}");

    assertThat(a.interactions().get(0).id()).isEqualTo(b.interactions().get(0).id()).matches("[0-9a-f]{40}");
    assertThat(b.withInteractionIds().toJson().at("/interactions/0/_id").asText()).isEqualTo(a.interactions().get(0).id());
    assertThat(b.toJson().at("/interactions/0/_id").asText()).as("the original is unchanged").isEqualTo("old");
  }

  @Test
  void interactionsComeWithTheirKindAndMessagesFollowTheInteractions() {
    assertThat(PactDocument.parse(resource("pact-v4.json")).interactions()).extracting(PactInteraction::kind)
        .containsExactly(PactInteraction.Kind.HTTP, PactInteraction.Kind.MESSAGE);
    assertThat(PactDocument.parse(resource("messages-v3.json")).interactions()).extracting(PactInteraction::kind)
        .containsExactly(PactInteraction.Kind.MESSAGE);
    assertThat(PactDocument.parse("{\"interactions\":[{\"type\":\"Synchronous/Messages\",\"description\":\"s\"}],"
        + "\"messages\":[{\"description\":\"m\"}]}").interactions())
        .extracting(i -> i.kind() + " " + i.key().description())
        .containsExactly("SYNCHRONOUS_MESSAGE s", "MESSAGE m");
  }

  @Test
  void keysAreDescriptionAndProviderStatesInEveryShape() {
    PactInteraction v3 = PactDocument.parse(resource("pact-v3.json")).interactions().get(0);
    PactInteraction v2 = PactDocument.parse(resource("pact-v3.json")).interactions().get(1);

    assertThat(v3.key().toString()).isEqualTo("\"get order 42\" (given order 42 exists)");
    assertThat(v3.key().providerStates().get(0).params()).containsOnlyKeys("id");
    assertThat(v2.key().toString()).isEqualTo("\"get a missing order\" (given no orders)");
    assertThat(key("{\"description\":\"d\",\"providerState\":\"s\"}"))
        .isEqualTo(key("{\"description\":\"d\",\"providerStates\":[{\"name\":\"s\",\"params\":{}}]}"))
        .isNotEqualTo(key("{\"description\":\"d\",\"providerStates\":[{\"name\":\"s\",\"params\":{\"a\":1}}]}"))
        .isNotEqualTo(key("{\"description\":\"d\"}"));
  }

  @Test
  void mergeReplacesTheSameInteractionAppendsNewOnesAndReportsChangedRequests() {
    PactDocument published = PactDocument.parse(PACT);
    PactDocument additional = PactDocument.parse("""
        {"interactions":[{"description":"one","request":{"method":"GET","path":"/1"},"response":{"status":201}},
                         {"description":"three","request":{"method":"GET","path":"/3"},"response":{"status":200}},
                         {"description":"two","request":{"method":"DELETE","path":"/2"},"response":{"status":204}}]}""");

    PactMerge merge = published.merge(additional);

    assertThat(merge.pact().interactions()).extracting(i -> i.key().description() + " " + i.json().at("/response/status"))
        .containsExactly("one 201", "two 204", "three 200");
    assertThat(merge.conflicts()).containsExactly("two");
    assertThat(merge.pact().consumerName()).contains("A");
    assertThat(published.interactions()).as("the published document is unchanged").hasSize(2);
  }

  @Test
  void mergeAddsAListTheDocumentDidNotHave() {
    PactMerge merge = PactDocument.parse(PACT).merge(PactDocument.parse(resource("messages-v3.json")));

    assertThat(merge.pact().interactions()).extracting(PactInteraction::kind)
        .containsExactly(PactInteraction.Kind.HTTP, PactInteraction.Kind.HTTP, PactInteraction.Kind.MESSAGE);
    assertThat(merge.conflicts()).isEmpty();
  }

  @Test
  void canonicalJsonSortsKeysAndCompactJsonKeepsThem() {
    PactDocument pact = PactDocument.parse("{ \"b\": {\"y\": 1, \"x\": [3, 1]}, \"a\": true }");

    assertThat(pact.canonicalJson()).isEqualTo("{\"a\":true,\"b\":{\"x\":[3,1],\"y\":1}}");
    assertThat(pact.compactJson()).isEqualTo("{\"b\":{\"y\":1,\"x\":[3,1]},\"a\":true}").isEqualTo(pact.toString());
  }

  @Test
  void namesAreReadWhenTheyAreStrings() {
    assertThat(PactDocument.parse(PACT).consumerName()).contains("A");
    assertThat(PactDocument.parse(PACT).providerName()).contains("B");
    assertThat(PactDocument.parse("{\"consumer\":{\"name\":1}}").consumerName()).isEmpty();
  }

  @Test
  void onlyAJsonObjectIsADocument() {
    assertThatThrownBy(() -> PactDocument.parse("[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pact is a JSON object, got array");
    assertThatThrownBy(() -> PactDocument.parse("{")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON: ");
  }
}

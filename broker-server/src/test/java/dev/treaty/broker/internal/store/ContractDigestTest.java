package dev.treaty.broker.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ContractDigestTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final String PACT = """
      {"consumer":{"name":"A"},"provider":{"name":"B"},
       "interactions":[{"description":"one","request":{"method":"GET","path":"/1"},"response":{"status":200,"body":[1,2]}},
                       {"description":"two","request":{"method":"GET","path":"/2"},"response":{"status":404}}],
       "metadata":{"pactSpecification":{"version":"3.0.0"},"pactJvm":{"version":"4.6.0"}}}""";

  @Test
  void isSha256Hex() {
    assertThat(ContractDigest.of(json(PACT))).matches("[0-9a-f]{64}");
  }

  @Test
  void interactionOrderKeyOrderWhitespaceAndToolMetadataDoNotChangeIt() {
    String reordered = """
        {"metadata":{"pactJvm":{"version":"9.9.9"},"pactSpecification":{"version":"3.0.0"}},
         "provider":{"name":"B"},"consumer":{"name":"A"},
         "interactions":[
           {"response":{"status":404},"request":{"path":"/2","method":"GET"},"description":"two"},
           {"description":"one","response":{"body":[1,2],"status":200},"request":{"method":"GET","path":"/1"}}]}""";

    assertThat(ContractDigest.of(json(reordered))).isEqualTo(ContractDigest.of(json(PACT)));
  }

  @Test
  void theSpecificationVersionChangesIt() {
    assertThat(ContractDigest.of(json(PACT.replace("\"3.0.0\"", "\"2.0.0\"")))).isNotEqualTo(ContractDigest.of(json(PACT)));
  }

  @Test
  void theOrderInsideABodyArrayChangesIt() {
    assertThat(ContractDigest.of(json(PACT.replace("[1,2]", "[2,1]")))).isNotEqualTo(ContractDigest.of(json(PACT)));
  }

  @Test
  void theSpecificationVersionIsReadFromEveryKnownPlace() {
    String legacy = PACT.replace("\"pactSpecification\":{\"version\":\"3.0.0\"}", "\"pact-specification\":{\"version\":\"3.0.0\"}");
    String flat = PACT.replace("\"pactSpecification\":{\"version\":\"3.0.0\"}", "\"pactSpecificationVersion\":\"3.0.0\"");

    assertThat(ContractDigest.of(json(legacy))).isEqualTo(ContractDigest.of(json(PACT)));
    assertThat(ContractDigest.of(json(flat))).isEqualTo(ContractDigest.of(json(PACT)));
  }

  @Test
  void interactionIdsIgnoreKeyOrderAndAnExistingId() {
    JsonNode a = json("{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\"}}");
    JsonNode b = json("{\"_id\":\"old\",\"request\":{\"path\":\"/\",\"method\":\"GET\"},\"description\":\"x\"}");

    assertThat(InteractionIds.of(a)).isEqualTo(InteractionIds.of(b)).matches("[0-9a-f]{40}");
  }
}

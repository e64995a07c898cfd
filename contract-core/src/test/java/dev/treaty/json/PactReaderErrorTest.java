package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.treaty.contract.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactReaderErrorTest {
  private static final String PARTIES = "\"consumer\": {\"name\": \"c\"}, \"provider\": {\"name\": \"p\"}";

  @Test
  void syntaxErrorNamesLineAndColumn() {
    ContractParseException e = failure("{\n  \"consumer\": {\"name\": \"c\"}\n  \"provider\": {}\n}");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    Golden.assertMatches("syntax-error", e.getMessage());
  }

  @Test
  void trailingGarbageIsASyntaxError() {
    ContractParseException e = failure("{" + PARTIES + "} x");

    Golden.assertMatches("trailing-garbage", e.getMessage());
  }

  @Test
  void aNumberTooLargeForADoubleIsRefusedWithItsPathInsteadOfBeingReadAsInfinity() {
    ContractParseException e = failure("{" + PARTIES + ", \"interactions\": [{\"description\": \"d\", "
        + "\"request\": {\"method\": \"GET\", \"path\": \"/\"}, \"response\": {\"status\": 200, \"body\": {\"n\": 1e999999999}}}]}");

    Golden.assertMatches("number-out-of-range", e.getMessage());
  }

  @Test
  void nestingPastTheLimitIsASyntaxErrorNamingTheLimit() {
    ContractParseException e = failure("{" + PARTIES + ", \"x\": " + "[".repeat(1000) + "]".repeat(1000) + "}");

    Golden.assertMatches("nesting-too-deep", e.getMessage());
  }

  @Test
  void emptyDocumentIsRejected() {
    Golden.assertMatches("empty-document", failure("  ").getMessage());
  }

  @Test
  void topLevelArrayIsRejected() {
    Golden.assertMatches("top-level-array", failure("[1, 2]").getMessage());
  }

  @Test
  void missingConsumerNameNamesThePath() {
    ContractParseException e = failure("{\"consumer\": {}, \"provider\": {\"name\": \"p\"}}");

    assertThat(e.jsonPath()).isEqualTo("$.consumer.name");
    Golden.assertMatches("missing-consumer-name", e.getMessage());
  }

  @Test
  void wrongStatusTypeNamesTheInteractionIndexAndValue() {
    String ok = "{\"description\": \"ok\", \"request\": {\"method\": \"GET\", \"path\": \"/\"}, "
        + "\"response\": {\"status\": 200}}";
    String bad = ok.replace("200", "\"abc\"");
    ContractParseException e = failure(
        "{" + PARTIES + ", \"interactions\": [" + ok + ", " + ok + ", " + bad + "]}");

    assertThat(e.jsonPath()).isEqualTo("$.interactions[2].response.status");
    Golden.assertMatches("wrong-status-type", e.getMessage());
  }

  @Test
  void statusOutOfRangeIsRejected() {
    ContractParseException e = failure(withInteraction(
        "\"description\": \"d\"", "\"method\": \"GET\", \"path\": \"/\"", "\"status\": 1000"));

    Golden.assertMatches("status-out-of-range", e.getMessage());
  }

  @Test
  void numericMethodIsRejected() {
    ContractParseException e = failure(withInteraction(
        "\"description\": \"d\"", "\"method\": 7, \"path\": \"/\"", "\"status\": 200"));

    Golden.assertMatches("numeric-method", e.getMessage());
  }

  @Test
  void missingRequestPathIsRejected() {
    ContractParseException e = failure(withInteraction(
        "\"description\": \"d\"", "\"method\": \"GET\"", "\"status\": 200"));

    Golden.assertMatches("missing-request-path", e.getMessage());
  }

  @Test
  void missingDescriptionIsRejected() {
    ContractParseException e = failure(withInteraction(
        "\"type\": \"Synchronous/HTTP\"", "\"method\": \"GET\", \"path\": \"/\"", "\"status\": 200"));

    Golden.assertMatches("missing-description", e.getMessage());
  }

  @Test
  void unsupportedVersionIsRejected() {
    ContractParseException e = failure("{" + PARTIES
        + ", \"metadata\": {\"pactSpecification\": {\"version\": \"5.0.0\"}}}");

    Golden.assertMatches("unsupported-version", e.getMessage());
  }

  @Test
  void invalidBase64BodyIsRejected() {
    ContractParseException e = failure("{" + PARTIES + ", \"interactions\": [{"
        + "\"type\": \"Synchronous/HTTP\", \"description\": \"d\", "
        + "\"request\": {\"method\": \"GET\", \"path\": \"/\", \"body\": {\"content\": \"@@@\", "
        + "\"contentType\": \"application/octet-stream\", \"encoded\": \"base64\"}}, "
        + "\"response\": {\"status\": 200}}]}");

    Golden.assertMatches("invalid-base64", e.getMessage());
  }

  @Test
  void matcherWithoutMatchIsRejected() {
    ContractParseException e = catchThrowableOfType(ContractParseException.class,
        () -> PactReader.readResponse(PactReaderTest.json(
            "{\"matchingRules\": {\"body\": {\"$.a\": {\"matchers\": [{\"value\": 1}]}}}}"), SpecVersion.V3));

    assertThat(e.jsonPath()).isEqualTo("$.matchingRules.body['$.a'].matchers[0]");
    Golden.assertMatches("matcher-without-match", e.getMessage());
  }

  @Test
  void unknownCombineIsRejected() {
    ContractParseException e = catchThrowableOfType(ContractParseException.class,
        () -> PactReader.readResponse(PactReaderTest.json(
            "{\"matchingRules\": {\"body\": {\"$.a\": {\"matchers\": [], \"combine\": \"XOR\"}}}}"),
            SpecVersion.V4));

    Golden.assertMatches("unknown-combine", e.getMessage());
  }

  @Test
  void headerObjectValueIsRejected() {
    ContractParseException e = catchThrowableOfType(ContractParseException.class,
        () -> PactReader.readRequest(PactReaderTest.json(
            "{\"headers\": {\"Accept\": {\"a\": 1}}}"), SpecVersion.V3));

    Golden.assertMatches("header-object-value", e.getMessage());
  }

  @Test
  void everyProblemIsCollectedAndTheFirstIsTheMessage() {
    ContractParseException e = failure(withInteraction(
        "\"description\": 5", "\"method\": 7", "\"status\": \"abc\""));

    assertThat(e.problems())
        .extracting(ValidationProblem::jsonPath, ValidationProblem::message)
        .containsExactly(
            tuple("$.interactions[0].description", "expected a string, got 5"),
            tuple("$.interactions[0].request.method", "expected a string, got 7"),
            tuple("$.interactions[0].request.path", "expected a string, got nothing"),
            tuple("$.interactions[0].response.status", "expected a status code (a number), got \"abc\""));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("orders.json"));
    assertThat(e.getMessage()).isEqualTo(e.problems().get(0).where() + ": " + e.problems().get(0).message());
    assertThat(e.jsonPath()).isEqualTo("$.interactions[0].description");
  }

  @Test
  void whatOnlyTheValidatorMindsDoesNotStopReading() {
    String pact = "{\"consumer\": {\"name\": \"\"}, \"provider\": {\"name\": \"p\"}, \"interactions\": [{"
        + "\"description\": \"d\", \"request\": {\"method\": \"GE T\", \"path\": \"x\"}, "
        + "\"response\": {\"status\": \"200\"}}]}";

    assertThat(PactReader.read(pact, "orders.json").httpInteractions()).hasSize(1);
    assertThat(ContractValidator.validate(pact, "orders.json")).hasSize(4);
  }

  @Test
  void problemsOfAPartAreCollectedToo() {
    ContractParseException e = catchThrowableOfType(ContractParseException.class,
        () -> PactReader.readRequest(PactReaderTest.json(
            "{\"method\": 1, \"headers\": {\"Accept\": {\"a\": 1}}}"), SpecVersion.V3));

    assertThat(e.problems()).extracting(ValidationProblem::jsonPath)
        .containsExactly("$.method", "$.headers.Accept");
  }

  @Test
  void missingFileIsAParseException() {
    ContractParseException e = catchThrowableOfType(ContractParseException.class,
        () -> PactReader.read(Path.of("does-not-exist/pact.json")));

    assertThat(e.source()).isEqualTo(Path.of("does-not-exist/pact.json").toString());
    assertThat(e.getMessage()).contains("cannot read the file");
  }

  @Test
  void fileThatIsNotUtf8IsAParseException(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

    ContractParseException e = catchThrowableOfType(ContractParseException.class, () -> PactReader.read(file));

    assertThat(e.getMessage()).isEqualTo(file + ": the file is not UTF-8 text");
    assertThat(e.problems()).singleElement()
        .extracting(ValidationProblem::source, ValidationProblem::jsonPath, ValidationProblem::message)
        .containsExactly(file.toString(), "", "the file is not UTF-8 text");
  }

  /** A pact with one interaction made of the given fields, request fields and response fields. */
  private static String withInteraction(String fields, String request, String response) {
    return "{" + PARTIES + ", \"interactions\": [{" + fields + ", \"request\": {" + request
        + "}, \"response\": {" + response + "}}]}";
  }

  private static ContractParseException failure(String json) {
    return catchThrowableOfType(ContractParseException.class, () -> PactReader.read(json, "orders.json"));
  }
}

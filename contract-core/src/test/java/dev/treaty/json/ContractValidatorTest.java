package dev.treaty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractValidatorTest {

  private static final String VALID = """
      {
        "consumer": {"name": "web"},
        "provider": {"name": "orders"},
        "interactions": [
          {
            "description": "get order",
            "providerStates": [{"name": "order exists", "params": {"id": 42}}],
            "request": {"method": "GET", "path": "/orders/42", "query": {"q": ["1"]},
                        "headers": {"Accept": "application/json"}},
            "response": {"status": 200, "body": {"id": 42},
              "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}], "combine": "AND"}},
                                "status": {"matchers": [{"match": "statusCode", "status": "success"}]}}}
          }
        ],
        "metadata": {"pactSpecification": {"version": "3.0.0"}}
      }
      """;

  @Test
  void validPactHasNoProblems() {
    assertThat(ContractValidator.validate(VALID, "web-orders.json")).isEmpty();
  }

  @Test
  void statusAsStringIsReportedWithLineColumnAndHint() {
    List<ValidationProblem> problems =
        ContractValidator.validate(VALID.replace("\"status\": 200", "\"status\": \"200\""), "p.json");

    assertThat(problems).containsExactly(new ValidationProblem("p.json",
        "$.interactions[0].response.status", 10, 20, "status is \"200\" (a string)",
        "write the status as a number: 200"));
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    List<ValidationProblem> problems = ContractValidator.validate("{\n  \"consumer\": {,\n}", "p.json");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(16);
      assertThat(p.message()).startsWith("invalid JSON: Unexpected character (','");
    });
  }

  @Test
  void trailingContentAfterTheDocumentIsASyntaxError() {
    assertThat(ContractValidator.validate("{} {}", "p.json"))
        .singleElement()
        .extracting(ValidationProblem::message)
        .isEqualTo("invalid JSON: unexpected '{' after the end of the top-level JSON value");
  }

  @Test
  void aNumberTooLargeForADoubleIsReportedAtItsLineAndColumn() {
    List<ValidationProblem> problems = ContractValidator.validate(VALID.replace("\"body\": {\"id\": 42}", "\"body\": {\"id\": 4e400}"), "p.json");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.column()).isEqualTo(50);
      assertThat(p.message()).isEqualTo("invalid JSON: the number at $.interactions[0].response.body.id is out of range:"
          + " a number with a fraction or exponent must fit a 64-bit floating point number (magnitude at most 1.7976931348623157E308)");
    });
  }

  @Test
  void emptyTextIsReported() {
    assertThat(ContractValidator.validate("  ", "p.json"))
        .extracting(ValidationProblem::message)
        .containsExactly("the file holds no JSON");
  }

  @Test
  void topLevelArrayIsRefused() {
    assertThat(ContractValidator.validate("[]", "p.json"))
        .extracting(ValidationProblem::jsonPath, ValidationProblem::message)
        .containsExactly(tuple("$", "top level is [] (an array), expected an object"));
  }

  @Test
  void missingPartiesAndInteractionsAreEachReported() {
    assertThat(ContractValidator.validate("{\"consumer\": {}}", "p.json"))
        .extracting(ValidationProblem::jsonPath)
        .containsExactly("$.provider", "$.interactions", "$.consumer.name");
  }

  @Test
  void v3MessagePactNeedsContents() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "messages": [{"description": "event", "metaData": {"topic": "t"}}]}
        """;
    assertThat(ContractValidator.validate(pact, "p.json"))
        .extracting(ValidationProblem::jsonPath)
        .containsExactly("$.messages[0].contents");
  }

  @Test
  void v4InteractionNeedsAKnownType() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"description": "a", "request": {"method": "GET", "path": "/"}, "response": {"status": 200}},
                          {"description": "b", "type": "Synchronous/Carrier-Pigeon"}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """;
    assertThat(ContractValidator.validate(pact, "p.json"))
        .extracting(ValidationProblem::jsonPath, ValidationProblem::message)
        .containsExactly(
            tuple("$.interactions[0].type", "required field \"type\" is missing"),
            tuple("$.interactions[1].type",
                "unknown interaction type \"Synchronous/Carrier-Pigeon\" (a string)"));
  }

  @Test
  void v2PactWithProviderStateAndQueryStringIsValid() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"description": "a", "providerState": "x exists",
           "request": {"method": "get", "path": "/x", "query": "a=1&b=2"},
           "response": {"status": 200, "matchingRules": {"$.body.id": {"match": "regex", "regex": "\\\\d+"}}}}],
         "metadata": {"pactSpecification": {"version": "2.0.0"}}}
        """;
    assertThat(ContractValidator.validate(pact, "p.json")).isEmpty();
  }

  @Test
  void synchronousMessageNeedsRequestAndResponseList() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"type": "Synchronous/Messages", "description": "ask",
           "request": {"contents": {"content": "hi"}}, "response": {"contents": {}}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """;
    assertThat(ContractValidator.validate(pact, "p.json"))
        .extracting(ValidationProblem::jsonPath, ValidationProblem::message)
        .containsExactly(tuple("$.interactions[0].response",
            "response is {\"contents\":{}} (an object), expected an array"));
  }

  @Test
  void v2RuleWithOnlyMinNeedsNoMatch() {
    String pact = VALID.replace("\"matchingRules\": {\"body\"", "\"matchingRules\": {\"$.body.items\": {\"min\": 1}, \"x\"")
        .replace("\"x\": {\"$.id\": {\"matchers\": [{\"match\": \"integer\"}], \"combine\": \"AND\"}},", "")
        .replace("\"status\": {\"matchers\": [{\"match\": \"statusCode\", \"status\": \"success\"}]}", "\"$.body.id\": {\"match\": \"type\"}");
    assertThat(pact).contains("\"$.body.items\": {\"min\": 1}");
    assertThat(ContractValidator.validate(pact, "p.json")).isEmpty();
  }

  @Test
  void nestedEachValueRulesAreChecked() {
    String pact = VALID.replace("{\"match\": \"integer\"}",
        "{\"match\": \"eachValue\", \"rules\": [{\"match\": \"regex\", \"regex\": \"(\"}]}");
    assertThat(ContractValidator.validate(pact, "p.json"))
        .extracting(ValidationProblem::jsonPath)
        .containsExactly("$.interactions[0].response.matchingRules.body['$.id'].matchers[0].rules[0].regex");
  }

  @Test
  void whatTheReaderRefusesIsReportedSoValidateAndLoadAgree() {
    String pact = """
        {"consumer": {"name": "c"}, "provider": {"name": "p"},
         "interactions": [{"type": "Synchronous/HTTP", "description": "a",
           "request": {"method": "GET", "path": "/"},
           "response": {"status": 200, "body": {"content": 42, "contentType": "application/octet-stream", "encoded": "base64"}}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """;
    assertThatThrownBy(() -> PactReader.read(pact, "p.json")).isInstanceOf(ContractParseException.class);

    assertThat(ContractValidator.validate(pact, "p.json"))
        .extracting(ValidationProblem::jsonPath, ValidationProblem::line, ValidationProblem::message)
        .containsExactly(tuple("$.interactions[0].response.body.content", 4,
            "expected base64 text, got 42"));
  }

  @Test
  void byteOrderMarkIsAccepted() {
    assertThat(ContractValidator.validate("\uFEFF" + VALID, "p.json")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pact-js-v3.json", "pact-jvm-4.6-v4.json"})
  void samplePactsThatTheReaderLoadsAreValid(String name) throws IOException {
    String json = read("pacts/" + name);
    PactReader.read(json, name);

    assertThat(ContractValidator.validate(json, name)).isEmpty();
  }

  @Test
  void unreadableFileIsAProblemNotAnException(@TempDir Path dir) {
    Path missing = dir.resolve("gone.json");
    assertThat(ContractValidator.validate(missing))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("cannot read the file: "));
  }

  @Test
  void everyProblemOfABrokenPactMatchesTheGoldenFile() throws IOException {
    String pact = read("validator/broken-pact.json");

    String rendered = ContractValidator.validate(pact, "broken-pact.json").stream()
        .map(ValidationProblem::format)
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(rendered).isEqualTo(read("golden/validator/broken-pact.txt"));
  }

  private static String read(String resource) throws IOException {
    try (var in = ContractValidatorTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}

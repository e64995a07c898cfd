package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.testing.FakeBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLISHED = """
      {"notices":[{"type":"success","text":"Pact successfully published for %s version 1.0.0 and provider %s."}]}""";

  @TempDir Path pacts;
  private final FakeBroker broker = FakeBroker.start();

  @AfterEach
  void stop() {
    broker.close();
  }

  static String pact(String consumer, String provider) {
    return """
        {"consumer":{"name":"%s"},"provider":{"name":"%s"},
         "interactions":[{"description":"health","request":{"method":"GET","path":"/health"},"response":{"status":200}}],
         "metadata":{"pactSpecification":{"version":"3.0.0"}}}
        """.formatted(consumer, provider);
  }

  private Path write(String consumer, String provider) throws Exception {
    Path file = pacts.resolve(consumer + "-" + provider + ".json");
    Files.writeString(file, pact(consumer, provider));
    return file;
  }

  private CliRun run(Map<String, String> env, String... args) {
    return CliRun.withEnvironment(env, args).replace(broker.url(), "<broker>").relativeTo(pacts, "pacts");
  }

  @Test
  void publishesOneRequestPerConsumerAndPrintsTheNotices() throws Exception {
    write("order-web", "order-service");
    write("order-web", "payments");
    write("admin-web", "order-service");
    broker.on("POST", "/contracts/publish", 200, PUBLISHED.formatted("admin-web", "order-service"));
    broker.on("POST", "/contracts/publish", 200, """
        {"notices":[{"type":"success","text":"Pact successfully published for order-web version 1.0.0 and provider order-service."},
                    {"type":"warning","text":"No branch given;\\nconsider --branch"}]}""");

    CliRun run = run(Map.of(), "publish", pacts.toString(), "--broker", broker.url(), "--consumer-version", "1.0.0",
        "--branch", "feature/x", "--tag", "dev", "--tag", "qa", "--build-url", "http://ci/1", "--token", "s3cret");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "publish-two-consumers");
    List<FakeBroker.Request> posts = broker.requests().stream().filter(r -> r.method().equals("POST")).toList();
    assertThat(posts).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer s3cret"));
    JsonNode orderWeb = JSON.readTree(posts.get(1).body());
    assertThat(orderWeb.get("pacticipantName").asText()).isEqualTo("order-web");
    assertThat(orderWeb.get("branch").asText()).isEqualTo("feature/x");
    assertThat(orderWeb.get("tags")).isEqualTo(JSON.readTree("[\"dev\",\"qa\"]"));
    assertThat(orderWeb.get("buildUrl").asText()).isEqualTo("http://ci/1");
    assertThat(orderWeb.findValues("providerName")).extracting(JsonNode::asText).containsExactly("order-service", "payments");
    String content = new String(Base64.getDecoder().decode(orderWeb.at("/contracts/0/content").asText()), StandardCharsets.UTF_8);
    assertThat(content).isEqualTo(pact("order-web", "order-service"));
  }

  @Test
  void brokerAndTokenComeFromTheEnvironment() throws Exception {
    Path file = write("order-web", "order-service");
    broker.on("POST", "/contracts/publish", 200, PUBLISHED.formatted("order-web", "order-service"));

    CliRun run = run(Map.of("TREATY_BROKER_URL", broker.url(), "TREATY_BROKER_TOKEN", "from-env"),
        "publish", file.toString(), "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isZero();
    assertThat(broker.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer from-env"));
  }

  @Test
  void refusedPublishPrintsTheBrokersErrorsAndExitsOne() throws Exception {
    Path file = write("order-web", "order-service");
    broker.on("POST", "/contracts/publish", 409, """
        {"errors":{"contracts":["Cannot change the content of the pact for order-web version 1.0.0 and provider order-service"]}}""");

    CliRun run = run(Map.of(), "publish", file.toString(), "--broker", broker.url(), "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    Golden.assertMatches(run.err(), "publish-conflict");
  }

  @Test
  void unauthorizedSaysToPassAToken() throws Exception {
    Path file = write("order-web", "order-service");
    broker.replace("GET", "/", 401, "{\"errors\":[\"Unauthorized\"]}");

    CliRun run = run(Map.of(), "publish", file.toString(), "--broker", broker.url(), "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches(run.err(), "publish-unauthorized");
  }

  @Test
  void withoutABrokerUrlItIsAUsageError() throws Exception {
    Path file = write("order-web", "order-service");

    CliRun run = run(Map.of(), "publish", file.toString(), "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treaty: no broker URL; pass --broker https://broker.example.com or set the"
        + " environment variable TREATY_BROKER_URL (or PACT_BROKER_BASE_URL)\n");
  }

  @Test
  void invalidPactFileIsNamedAndNothingIsPublished() throws Exception {
    Files.writeString(pacts.resolve("broken.json"), "{\"consumer\":{}}");

    CliRun run = run(Map.of(), "publish", pacts.toString(), "--broker", broker.url(), "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("treaty: <pacts>/broken.json is not a valid pact: ")
        .endsWith("; run 'treaty validate <pacts>/broken.json' to see every problem\n");
    assertThat(broker.requests()).isEmpty();
  }

  @Test
  void twoFilesForOnePairAreAUsageError() throws Exception {
    Path first = write("order-web", "order-service");
    Path second = pacts.resolve("copy.json");
    Files.copy(first, second);

    CliRun run = run(Map.of(), "publish", first.toString(), second.toString(), "--broker", broker.url(),
        "--consumer-version", "1.0.0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treaty: two pact files between order-web and order-service:"
        + " <pacts>/order-web-order-service.json and <pacts>/copy.json; publish one of them\n");
  }

  @Test
  void helpExplainsOptionsAndExitCodes() {
    CliRun run = CliRun.of("publish", "--help");

    assertThat(run.exitCode()).isZero();
    Golden.assertMatches(run.out(), "publish-help");
  }
}

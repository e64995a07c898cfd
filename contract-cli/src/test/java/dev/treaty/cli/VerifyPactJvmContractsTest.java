package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.PactSpecVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.cli.OrderProvider.Breakage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "done when": pacts written by pact-jvm (V3 and V4) verify with {@code treaty verify}
 * against a real provider that honours them, and fail against providers that break them, each time
 * naming the field, header or status.
 */
class VerifyPactJvmContractsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path v3;
  @TempDir static Path v4;

  @BeforeAll
  static void writePactsWithPactJvm() {
    VerifierPacts.write(v3, PactSpecVersion.V3);
    VerifierPacts.write(v4, PactSpecVersion.V4);
  }

  @ParameterizedTest
  @EnumSource(value = PactSpecVersion.class, names = {"V3", "V4"})
  void providerThatHonoursTheContractPasses(PactSpecVersion version) throws IOException {
    try (OrderProvider provider = OrderProvider.start(Breakage.NONE)) {
      CliRun run = verify(provider, version);

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.path("counts").path("passed").asInt()).isEqualTo(2);
    }
  }

  static Stream<Arguments> breakages() {
    List<Arguments> cases = new ArrayList<>();
    for (PactSpecVersion version : List.of(PactSpecVersion.V3, PactSpecVersion.V4)) {
      cases.add(Arguments.of(version, Breakage.RENAMED_FIELD, "body", "$.total"));
      cases.add(Arguments.of(version, Breakage.NUMBER_AS_STRING, "body", "$.total"));
      cases.add(Arguments.of(version, Breakage.EMPTY_ARRAY, "body", "$.items"));
      cases.add(Arguments.of(version, Breakage.OUTSIDE_REGEX, "body", "$.reference"));
      cases.add(Arguments.of(version, Breakage.BAD_TIMESTAMP, "body", "$.createdAt"));
      cases.add(Arguments.of(version, Breakage.DECIMAL_FOR_INTEGER, "body", "$.id"));
      cases.add(Arguments.of(version, Breakage.WRONG_CONTENT_TYPE, "header", "Content-Type"));
      cases.add(Arguments.of(version, Breakage.WRONG_LOCATION, "header", "Location"));
      cases.add(Arguments.of(version, Breakage.WRONG_STATUS, "status", ""));
      cases.add(Arguments.of(version, Breakage.STATE_IGNORED, "status", ""));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} fails naming {2} {3}")
  @MethodSource("breakages")
  void providerThatBreaksTheContractFailsNamingThePlace(
      PactSpecVersion version, Breakage breakage, String part, String path) throws IOException {
    try (OrderProvider provider = OrderProvider.start(breakage)) {
      CliRun run = verify(provider, version);

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.path("counts").path("failed").asInt()).isEqualTo(1);
      List<String> places = new ArrayList<>();
      report.path("interactions").forEach(i -> i.path("mismatches").forEach(
          m -> places.add(m.path("part").asText() + " " + m.path("path").asText())));
      assertThat(places).contains(part + " " + path);
    }
  }

  private static CliRun verify(OrderProvider provider, PactSpecVersion version) {
    Path dir = version == PactSpecVersion.V3 ? v3 : v4;
    return CliRun.of("verify", dir.toString(), "--provider", VerifierPacts.PROVIDER,
        "--provider-base-url", provider.baseUrl(), "--provider-states-url", provider.statesUrl(),
        "--output", "json");
  }

  static Path pactFile(PactSpecVersion version) throws IOException {
    try (Stream<Path> files = Files.list(version == PactSpecVersion.V3 ? v3 : v4)) {
      return files.findFirst().orElseThrow();
    }
  }
}

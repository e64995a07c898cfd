package dev.treaty.broker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.http.OpenApiDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator on its own, without a broker: every case it makes renders to a request that can be sent. */
class FuzzCasesTest {
  private static final FuzzWorld WORLD = new FuzzWorld("c", "p", "1", "2", "main", "prod", "abc", "bWV0YQ", "7",
      "0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "1b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001",
      "2b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "3b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "4b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001");

  @Test
  void everyCaseRendersToARequest() {
    qt().withFixedSeed(FuzzSettings.DEFAULT_SEED).withExamples(1_000).forAll(FuzzCases.of(endpoints())).checkAssert(fuzzCase -> {
      RawRequest request = fuzzCase.render(WORLD, "127.0.0.1:1").toRaw();

      assertThat(request.bytes()).isNotEmpty();
      assertThat(fuzzCase.toString()).startsWith(fuzzCase.endpoint().toString());
    });
  }

  private static List<Endpoint> endpoints() {
    try {
      return EndpointInventory.parse(JsonTrees.MAPPER.readTree(OpenApiDocument.load().served()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

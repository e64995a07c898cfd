package dev.treaty.broker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.http.OpenApiDocument;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generator itself, without a broker: every case it makes renders to a request that can be sent. */
class FuzzCasesTest {
  private static final FuzzWorld WORLD = new FuzzWorld("c", "p", "1", "2", "main", "prod", "abc", "bWV0YQ", "7",
      "0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "1b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001",
      "2b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "3b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001", "4b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001");

  @Property(tries = 3_000, seed = FuzzSettings.DEFAULT_SEED)
  void everyCaseRendersToARequest(@ForAll("cases") FuzzCase fuzzCase) {
    RawRequest request = fuzzCase.render(WORLD, "127.0.0.1:1").toRaw();

    assertThat(request.bytes()).isNotEmpty();
    assertThat(request.describe()).isNotBlank();
  }

  @Provide
  Arbitrary<FuzzCase> cases() {
    return FuzzCases.of(endpoints());
  }

  static List<Endpoint> endpoints() {
    try {
      return EndpointInventory.parse(JsonTrees.MAPPER.readTree(OpenApiDocument.load().served()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

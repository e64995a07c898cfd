package dev.treaty.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.verify.FakeProvider.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSourceTest {
  @TempDir Path dir;

  @Test
  void directoryLoadsJsonFilesRecursivelySortedAndOnlyForTheProvider() throws IOException {
    write("b.json", "order-web", "order-service");
    write("a.json", "billing", "order-service");
    write("sub/c.json", "order-web", "stock-service");
    Files.writeString(dir.resolve("notes.txt"), "not a pact");

    List<LoadedContract> contracts = ContractSource.directory(dir).load("order-service");

    assertThat(contracts).extracting(LoadedContract::location)
        .containsExactly(dir.resolve("a.json").toString(), dir.resolve("b.json").toString());
    assertThat(contracts).extracting(c -> c.contract().consumer()).containsExactly("billing", "order-web");
    assertThat(contracts).allSatisfy(c -> assertThat(c.pending()).isFalse());
  }

  @Test
  void directoryWithAnInvalidPactFailsNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"consumer\": 1}");

    assertThatThrownBy(() -> ContractSource.directory(dir).load("order-service"))
        .isInstanceOf(ContractSourceException.class)
        .hasMessageStartingWith("contract file " + dir.resolve("broken.json") + " is not a valid pact: ");
  }

  @Test
  void missingDirectoryFailsNamingIt() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> ContractSource.directory(missing).load("order-service"))
        .hasMessage("contract directory " + missing + " does not exist or is not a directory");
  }

  @Test
  void fileIsLoadedOnlyForItsProvider() throws IOException {
    Path file = write("a.json", "order-web", "order-service");

    assertThat(ContractSource.file(file).load("order-service")).hasSize(1);
    assertThat(ContractSource.file(file).load("stock-service")).isEmpty();
    assertThat(ContractSource.file(file).describe()).isEqualTo("file " + file);
  }

  @Test
  void urlIsFetchedWithGet() {
    String pact = pact("order-web", "order-service");
    try (FakeProvider server = FakeProvider.start(r -> Reply.json(200, pact))) {
      URI url = URI.create(server.baseUrl() + "/pacts/latest");

      List<LoadedContract> contracts = ContractSource.url(url).load("order-service");

      assertThat(contracts).extracting(LoadedContract::location).containsExactly(url.toString());
      assertThat(server.received()).extracting(FakeProvider.Received::method).containsExactly("GET");
    }
  }

  @Test
  void urlAnsweringAnErrorStatusFailsNamingTheUrlAndStatus() {
    try (FakeProvider server = FakeProvider.start(r -> Reply.status(404))) {
      URI url = URI.create(server.baseUrl() + "/pacts/latest");

      assertThatThrownBy(() -> ContractSource.url(url).load("order-service"))
          .hasMessage("contract URL " + url + " answered HTTP 404; expected 200 with a pact file");
    }
  }

  @Test
  void allConcatenatesSourcesInOrder() throws IOException {
    Path a = write("a.json", "a", "order-service");
    Path b = write("b.json", "b", "order-service");

    ContractSource all = ContractSource.all(List.of(ContractSource.file(b), ContractSource.file(a)));

    assertThat(all.load("order-service")).extracting(c -> c.contract().consumer()).containsExactly("b", "a");
    assertThat(all.describe()).isEqualTo("file " + b + ", file " + a);
  }

  private Path write(String name, String consumer, String provider) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, pact(consumer, provider));
    return file;
  }

  private static String pact(String consumer, String provider) {
    return """
        {"consumer": {"name": "%s"}, "provider": {"name": "%s"}, "interactions": [%s],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """.formatted(consumer, provider, Pacts.HEALTH);
  }
}

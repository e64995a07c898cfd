package dev.treaty.benchmarks.broker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The two requests the benchmark times, built as the Pact clients send them: a publication
 * ({@code POST /contracts/publish}, one consumer version with a pact per provider) and a
 * pacts-for-verification query with the selectors a provider build uses.
 */
final class BrokerRequests {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI broker;
  private final Organisation organisation;

  BrokerRequests(URI broker, Organisation organisation) {
    this.broker = broker;
    this.organisation = organisation;
  }

  /** Publishes version {@code version} of consumer {@code consumer} with a new pact for each provider. */
  void publish(int consumer, String version, String branch) throws IOException, InterruptedException {
    StringBuilder contracts = new StringBuilder();
    for (int provider : organisation.providersOf(consumer)) {
      if (contracts.length() > 0) {
        contracts.append(',');
      }
      String pact = pact(Organisation.name(consumer), Organisation.name(provider), version);
      contracts.append("{\"consumerName\":\"").append(Organisation.name(consumer))
          .append("\",\"providerName\":\"").append(Organisation.name(provider))
          .append("\",\"specification\":\"pact\",\"contentType\":\"application/json\",\"content\":\"")
          .append(Base64.getEncoder().encodeToString(pact.getBytes(StandardCharsets.UTF_8))).append("\"}");
    }
    String body = "{\"pacticipantName\":\"" + Organisation.name(consumer) + "\",\"pacticipantVersionNumber\":\"" + version
        + "\",\"branch\":\"" + branch + "\",\"tags\":[],\"buildUrl\":\"https://ci.example.com/bench\",\"contracts\":["
        + contracts + "]}";
    post("/contracts/publish", body);
  }

  /**
   * Asks for the pacts provider {@code provider}'s main-branch build verifies, with pending and WIP;
   * returns how many pacts the broker selected.
   */
  int pactsForVerification(int provider) throws IOException, InterruptedException {
    String body = "{\"consumerVersionSelectors\":[{\"mainBranch\":true},{\"deployedOrReleased\":true}],"
        + "\"providerVersionBranch\":\"main\",\"includePendingStatus\":true,"
        + "\"includeWipPactsSince\":\"" + LocalDate.now().minusDays(30) + "\"}";
    String reply = post("/pacts/provider/" + Organisation.name(provider) + "/for-verification", body);
    return reply.split("\"shortDescription\"", -1).length - 1;
  }

  private String post(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(broker.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** A three-interaction Pact V3 document; the version in it makes its content new. */
  private static String pact(String consumer, String provider, String version) {
    StringBuilder interactions = new StringBuilder();
    for (int r : List.of(1, 2, 3)) {
      if (r > 1) {
        interactions.append(',');
      }
      interactions.append("{\"description\":\"get resource ").append(r).append("\",\"providerState\":\"resource ").append(r)
          .append(" exists\",\"request\":{\"method\":\"GET\",\"path\":\"/resources/").append(r)
          .append("\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"id\":")
          .append(r).append(",\"name\":\"resource ").append(r).append("\",\"build\":\"").append(version)
          .append("\"},\"matchingRules\":{\"body\":{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]}}}}}");
    }
    return "{\"consumer\":{\"name\":\"" + consumer + "\"},\"provider\":{\"name\":\"" + provider + "\"},\"interactions\":["
        + interactions + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }
}

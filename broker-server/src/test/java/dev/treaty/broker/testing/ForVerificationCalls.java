package dev.treaty.broker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import java.util.ArrayList;
import java.util.List;

/** Calls pacts-for-verification on a test broker and summarises the answer for assertions. */
public final class ForVerificationCalls {
  private final RunningBroker broker;

  public ForVerificationCalls(RunningBroker broker) {
    this.broker = broker;
  }

  /** A for-verification body of {@code count} copies of {@code selector} (a JSON object). */
  public static String selectors(int count, String selector) {
    return "{\"consumerVersionSelectors\":[" + String.join(",", java.util.Collections.nCopies(count, selector)) + "]}";
  }

  /** POSTs {@code body} for {@code provider}, expects 200 and returns the body. */
  public JsonNode post(String provider, String body) {
    Reply reply = broker.http().post("/pacts/provider/" + provider + "/for-verification", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/hal+json");
    return reply.json();
  }

  /** Each pact as {@code "<consumer> <version>: <shortDescription>"}, in answer order. */
  public List<String> summary(String provider, String body) {
    return summary(post(provider, body));
  }

  public static List<String> summary(JsonNode answer) {
    List<String> lines = new ArrayList<>();
    for (JsonNode pact : answer.at("/_embedded/pacts")) {
      String name = pact.at("/_links/self/name").asText();   // Pact between C (v) and P
      String consumerAndVersion = name.substring("Pact between ".length(), name.lastIndexOf(" and ")).replace(" (", " ").replace(")", "");
      lines.add(consumerAndVersion + ": " + pact.get("shortDescription").asText());
    }
    return lines;
  }

  /** The notices' texts of the pact whose self name mentions {@code consumer}, with the base URL as {base}. */
  public String notices(JsonNode answer, String consumer) {
    StringBuilder text = new StringBuilder();
    for (JsonNode pact : answer.at("/_embedded/pacts")) {
      if (pact.at("/_links/self/name").asText().startsWith("Pact between " + consumer + " (")) {
        for (JsonNode notice : pact.at("/verificationProperties/notices")) {
          text.append(notice.get("when").asText()).append(": ").append(notice.get("text").asText()).append('\n');
        }
      }
    }
    return text.toString().replace(broker.url(), "{base}");
  }

  /** The pact (from the answer) whose self name mentions {@code consumer}. */
  public static JsonNode pactOf(JsonNode answer, String consumer) {
    for (JsonNode pact : answer.at("/_embedded/pacts")) {
      if (pact.at("/_links/self/name").asText().startsWith("Pact between " + consumer + " (")) {
        return pact;
      }
    }
    throw new AssertionError("no pact of " + consumer + " in " + answer);
  }
}

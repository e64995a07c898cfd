package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.client.Notice;
import dev.treaty.broker.client.PactForVerification;
import java.util.ArrayList;
import java.util.List;

/** Reads the parts of the broker's answers that the client uses, tolerating what it does not. */
public final class ResponseBodies {
  private ResponseBodies() {}

  /** The notices of a publish answer: {@code notices[]} ({@code type}, {@code text}), else {@code logs[]}. */
  public static List<Notice> publishNotices(JsonNode body) {
    List<Notice> notices = new ArrayList<>();
    for (JsonNode n : body.path("notices")) {
      notices.add(new Notice(n.path("type").asText("info"), n.path("text").asText("")));
    }
    if (notices.isEmpty()) {
      for (JsonNode log : body.path("logs")) {
        notices.add(new Notice(log.path("level").asText("info"), log.path("message").asText("")));
      }
    }
    return notices;
  }

  /** The pacts of a pacts-for-verification answer ({@code _embedded.pacts}). */
  public static List<PactForVerification> pactsForVerification(JsonNode body, String requestUrl) {
    JsonNode pacts = body.path("_embedded").path("pacts");
    if (!pacts.isArray()) {
      throw new IllegalStateException("the broker's answer to POST " + requestUrl
          + " has no _embedded.pacts array; is it a Pact Broker of version 2.60 or later?");
    }
    List<PactForVerification> list = new ArrayList<>();
    for (JsonNode pact : pacts) {
      String url = HalLinks.href(pact, "self").orElseThrow(() -> new IllegalStateException(
          "a pact in the broker's answer to POST " + requestUrl + " has no _links.self.href: " + pact));
      JsonNode properties = pact.path("verificationProperties");
      List<Notice> notices = new ArrayList<>();
      for (JsonNode n : properties.path("notices")) {
        notices.add(new Notice(n.path("when").asText(""), n.path("text").asText("")));
      }
      list.add(new PactForVerification(url, pact.path("_links").path("self").path("name").asText(null),
          pact.path("shortDescription").asText(""), properties.path("pending").asBoolean(false),
          properties.path("wip").asBoolean(false), notices));
    }
    return list;
  }
}

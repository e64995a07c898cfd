package dev.treaty.broker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.testing.PublishLoad.Publication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads back, over HTTP, every publication a {@link PublishLoad} sent, and lists what is wrong: an
 * acknowledged publication must be there whole (version, branch, tag, and the pact as sent); one the
 * broker never acknowledged must be whole or absent, never half there; and the main branch's head
 * must be a version whose pact pacts-for-verification returns.
 */
public final class PublicationAudit {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CONSUMER = PublishLoad.CONSUMER;
  private static final String PROVIDER = PublishLoad.PROVIDER;

  private final BrokerHttp http;

  public PublicationAudit(BrokerHttp http) {
    this.http = http;
  }

  /** Every problem found, one line each; empty when every publication is as it must be. */
  public List<String> problems(List<Publication> publications) throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, Publication> byVersion = new LinkedHashMap<>();
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> checks = new ArrayList<>();
      for (Publication publication : publications) {
        byVersion.put(publication.version(), publication);
        checks.add(readers.submit(() -> check(publication)));
      }
      for (Future<String> check : checks) {
        String problem = check.get();
        if (problem != null) {
          problems.add(problem);
        }
      }
    } finally {
      readers.shutdownNow();
    }
    mainBranchHead(byVersion).ifPresent(problems::add);
    return problems;
  }

  /** The problem with one publication, or null. */
  private String check(Publication publication) {
    String v = publication.version();
    Map<String, Boolean> parts = new LinkedHashMap<>();
    parts.put("version", present("/pacticipants/" + CONSUMER + "/versions/" + v));
    parts.put("branch " + PublishLoad.BRANCH, present("/pacticipants/" + CONSUMER + "/branches/" + PublishLoad.BRANCH + "/versions/" + v));
    parts.put("tag " + publication.tag(), present("/pacticipants/" + CONSUMER + "/versions/" + v + "/tags/" + publication.tag()));
    BrokerHttp.Reply pact = http.get("/pacts/provider/" + PROVIDER + "/consumer/" + CONSUMER + "/version/" + v);
    String pactProblem = pact.status() == 200 ? contentDiffers(publication.pact(), pact.body()) : null;
    parts.put("pact", pact.status() == 200);
    List<String> missing = parts.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    String what = (publication.acknowledged() ? "acknowledged" : "unacknowledged") + " publication " + v;
    if (pactProblem != null) {
      return what + ": pact content differs from what was sent: " + pactProblem;
    }
    if (publication.acknowledged() && !missing.isEmpty()) {
      return what + " (answered 2xx) is not there whole after the crash: missing " + missing;
    }
    if (!missing.isEmpty() && missing.size() < parts.size()) {
      return what + " is half there after the crash: missing " + missing + " of " + parts.keySet();
    }
    return null;
  }

  private boolean present(String path) {
    int status = http.get(path).status();
    if (status != 200 && status != 404) {
      throw new IllegalStateException("GET " + path + " answered " + status + ", expected 200 or 404");
    }
    return status == 200;
  }

  private static String contentDiffers(String sentPact, String storedBody) {
    JsonNode sent = json(sentPact);
    JsonNode stored = json(storedBody);
    // The broker gives each stored interaction an "_id" (a hash of its content); the rest is as sent.
    stored.path("interactions").forEach(interaction -> ((ObjectNode) interaction).remove("_id"));
    for (String field : List.of("consumer", "provider", "interactions")) {
      if (!sent.get(field).equals(stored.get(field))) {
        return field + " expected " + sent.get(field) + " but was " + stored.get(field);
      }
    }
    return null;
  }

  /** The main branch's head must have its pact, and pacts-for-verification must return exactly it. */
  private Optional<String> mainBranchHead(Map<String, Publication> byVersion) {
    BrokerHttp.Reply branch = http.get("/pacticipants/" + CONSUMER + "/branches/" + PublishLoad.BRANCH);
    if (branch.status() != 200) {
      return Optional.of("GET branch " + PublishLoad.BRANCH + " answered " + branch.status() + ": " + branch.body());
    }
    String head = branch.json().path("_embedded").path("latestVersion").path("number").asText();
    Publication headPublication = byVersion.get(head);
    if (headPublication == null) {
      return Optional.of("the head of branch main is " + head + ", a version nobody published");
    }
    BrokerHttp.Reply selected = http.post("/pacts/provider/" + PROVIDER + "/for-verification",
        "{\"consumerVersionSelectors\":[{\"mainBranch\":true}]}");
    JsonNode pacts = selected.json().path("_embedded").path("pacts");
    if (selected.status() != 200 || pacts.size() != 1) {
      return Optional.of("pacts-for-verification {mainBranch:true} for " + PROVIDER + " (head " + head
          + ") expected exactly 1 pact but answered " + selected.status() + ": " + selected.body());
    }
    BrokerHttp.Reply pact = http.get(pacts.get(0).path("_links").path("self").path("href").asText());
    String differs = contentDiffers(headPublication.pact(), pact.body());
    return differs == null ? Optional.empty()
        : Optional.of("the main-branch head pact (" + head + ") that pacts-for-verification returns differs: " + differs);
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}

package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.matrix.Decision;
import dev.treaty.broker.internal.matrix.MatrixAnswer;
import dev.treaty.broker.internal.matrix.MatrixRow;
import dev.treaty.broker.internal.matrix.Notice;
import dev.treaty.broker.internal.matrix.RowExplanation;
import dev.treaty.broker.internal.store.BranchStore.BranchMembership;
import dev.treaty.broker.internal.store.MatrixStore.MatrixVerification;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Tag;
import dev.treaty.broker.internal.store.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a matrix answer in the Pact Broker's shape ({@code summary}, {@code notices},
 * {@code matrix} rows) plus Treaty's explanations: per row {@code status} (yes/no/unknown), a
 * {@code reason} sentence and the {@code fix} command; in the summary an {@code explanation} of
 * the counts and the {@code fixes}. Each "no" or "unknown" row's sentence and fix is also an
 * {@code info} notice, because notices are what the Pact CLIs print. A release train adds
 * {@code deployOrder} (and its sentence as a notice). Branches and tags of every version shown cost two queries.
 */
final class MatrixJson {
  private MatrixJson() {}

  static ObjectNode render(Stores stores, Hal hal, String selfPath, MatrixAnswer answer) {
    int limit = answer.query().options().limit();
    List<MatrixRow> shown = answer.rows().subList(0, Math.min(limit, answer.rows().size()));
    Set<Long> versionIds = new HashSet<>();
    shown.forEach(r -> {
      versionIds.add(r.consumerVersion().id());
      if (r.providerVersion() != null) {
        versionIds.add(r.providerVersion().id());
      }
    });
    Map<Long, List<BranchMembership>> branches = stores.branches().ofVersions(versionIds);
    Map<Long, List<Tag>> tags = stores.tags().ofVersions(versionIds);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    body.set("summary", summary(answer));
    ArrayNode notices = body.putArray("notices");
    answer.decision().notices().forEach(n -> notice(notices, n));
    DeployOrderJson.notice(answer.deployOrder()).ifPresent(n -> notice(notices, n));
    for (int i = 0; i < answer.rows().size(); i++) {
      RowExplanation explanation = answer.explanations().get(i);
      if (!answer.rows().get(i).ignored() && explanation.fix() != null) {
        notice(notices, new Notice("info", explanation.reason() + "; to fix, " + explanation.fix()));
      }
    }
    if (shown.size() < answer.rows().size()) {
      notice(notices, new Notice("warning", "Only the first " + shown.size() + " of " + answer.rows().size()
          + " rows are listed (limit=" + limit + "); the decision counted all of them"));
    }
    ArrayNode matrix = body.putArray("matrix");
    for (int i = 0; i < shown.size(); i++) {
      matrix.add(row(hal, shown.get(i), answer.explanations().get(i), branches, tags));
    }
    if (answer.deployOrder() != null) {
      body.set("deployOrder", DeployOrderJson.render(answer.deployOrder()));
    }
    body.putObject("_links").putObject("self").put("href", hal.href(selfPath));
    return body;
  }

  private static ObjectNode summary(MatrixAnswer answer) {
    Decision decision = answer.decision();
    ObjectNode summary = JsonTrees.MAPPER.createObjectNode();
    if (decision.deployable() == null) {
      summary.putNull("deployable");
    } else {
      summary.put("deployable", decision.deployable());
    }
    summary.put("reason", decision.reason());
    summary.put("success", decision.success());
    summary.put("failed", decision.failed());
    summary.put("unknown", decision.unknown());
    if (decision.ignored() != null) {
      summary.put("ignored", decision.ignored());
    }
    summary.put("explanation", answer.explanation());
    ArrayNode fixes = summary.putArray("fixes");
    answer.fixes().forEach(fixes::add);
    return summary;
  }

  private static void notice(ArrayNode notices, Notice notice) {
    notices.addObject().put("type", notice.type()).put("text", notice.text());
  }

  private static ObjectNode row(Hal hal, MatrixRow row, RowExplanation explanation,
      Map<Long, List<BranchMembership>> branches, Map<Long, List<Tag>> tags) {
    ObjectNode node = JsonTrees.MAPPER.createObjectNode();
    String consumer = row.consumer().name();
    String provider = row.provider().name();
    node.set("consumer", side(hal, consumer, row.consumerVersion(), branches, tags));
    node.set("provider", side(hal, provider, row.providerVersion(), branches, tags));
    ObjectNode pact = node.putObject("pact");
    pact.put("createdAt", IsoTime.format(row.pact().publishedAt()));
    ObjectNode pactLinks = pact.putObject("_links");
    hal.link(pactLinks, "self", BrokerPaths.pactForVersion(provider, consumer, row.consumerVersion().number()), "Pact");
    hal.link(pactLinks, "pb:pact-version", BrokerPaths.pactVersion(provider, consumer, row.pact().sha()), "Pact content");
    MatrixVerification verification = row.verification();
    if (verification == null) {
      node.putNull("verificationResult");
    } else {
      ObjectNode result = node.putObject("verificationResult");
      result.put("success", verification.success());
      result.put("verifiedAt", IsoTime.format(verification.executedAt()));
      if (verification.pending() != null) {
        result.put("pending", verification.pending());
      }
      if (verification.buildUrl() != null) {
        result.put("buildUrl", verification.buildUrl());
      }
      hal.link(result.putObject("_links"), "self", BrokerPaths.pactVersion(provider, consumer, row.pact().sha())
          + "/verification-results/" + verification.number(), "Verification result");
    }
    if (row.ignored()) {
      node.put("ignored", true);
    }
    node.put("status", row.status().name().toLowerCase(Locale.ROOT));
    node.put("reason", explanation.reason());
    if (explanation.fix() != null) {
      node.put("fix", explanation.fix());
    }
    return node;
  }

  private static ObjectNode side(Hal hal, String name, Version version, Map<Long, List<BranchMembership>> branches,
      Map<Long, List<Tag>> tags) {
    ObjectNode side = JsonTrees.MAPPER.createObjectNode();
    side.put("name", name);
    hal.link(side.putObject("_links"), "self", BrokerPaths.pacticipant(name));
    if (version == null) {
      side.putNull("version");
      return side;
    }
    ObjectNode node = side.putObject("version");
    node.put("number", version.number());
    List<BranchMembership> on = branches.getOrDefault(version.id(), List.of());
    if (!on.isEmpty()) {
      node.put("branch", on.get(on.size() - 1).branch());
    }
    ArrayNode branchArray = node.putArray("branches");
    on.forEach(b -> branchArray.addObject().put("name", b.branch()).put("latest", b.head()));
    ArrayNode tagArray = node.putArray("tags");
    tags.getOrDefault(version.id(), List.of()).forEach(t -> tagArray.addObject().put("name", t.name()));
    hal.link(node.putObject("_links"), "self", BrokerPaths.version(name, version.number()));
    return side;
  }
}

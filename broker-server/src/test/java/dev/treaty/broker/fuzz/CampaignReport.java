package dev.treaty.broker.fuzz;

import dev.treaty.broker.testing.Backend;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of one finished campaign, printed to the build log in the shape docs/BENCHMARKS.md records them. */
record CampaignReport(Backend backend, CampaignStats stats, long heapBefore, long heapAfter, List<String> warnings,
    List<Endpoint> endpoints) {
  private static final long MIB = 1024 * 1024;

  List<Endpoint> endpointsNeverRequested() {
    return endpoints.stream().filter(e -> stats.requestsTo(e) == 0).toList();
  }

  /** One line per class of finding (collected with {@code treaty.fuzz.explore}). */
  List<String> unknownFindings() {
    return stats.unknown.entrySet().stream().map(e -> e.getValue().size() + " × " + e.getKey()).toList();
  }

  long heapGrowthMib() {
    return (heapAfter - heapBefore) / MIB;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    long requests = stats.requests.get();
    out.append(String.format("fuzz campaign on %s: %d requests in %.1f s (%.0f/s) over %d endpoints%n", backend, requests,
        stats.seconds(), requests / stats.seconds(), endpoints.size()));
    out.append("  statuses: ").append(stats.statuses.entrySet().stream()
        .map(e -> (e.getKey() == 0 ? "no reply" : e.getKey()) + "×" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
    out.append(String.format("  4xx naming a field: %d of %d%n", stats.clientErrorsNamingField.get(), stats.clientErrors.get()));
    out.append(String.format("  no reply: %d (each to a malformed framing or an unread body over 64 KiB); reply cut off: %d%n",
        stats.noReply.get(), stats.cutOff.get()));
    out.append(String.format("  heap after GC: %d MiB before, %d MiB after%n", heapBefore / MIB, heapAfter / MIB));
    out.append("  findings: ").append(stats.unknown.isEmpty() ? "none" : "").append('\n');
    for (Map.Entry<String, List<Finding>> group : stats.unknown.entrySet()) {
      Finding smallest = group.getValue().stream().min(java.util.Comparator.comparingInt(f -> f.request().bytes().length)).orElseThrow();
      out.append("    ").append(group.getValue().size()).append(" × ").append(group.getKey()).append(", smallest:\n      ")
          .append(smallest.describe().replace("\n", "\n      ")).append('\n');
    }
    out.append("  server warnings and errors: ").append(warnings.size()).append('\n');
    warnings.stream().limit(20).forEach(w -> out.append("    ").append(Printable.of(w.length() > 400 ? w.substring(0, 400) : w)).append('\n'));
    out.append(String.format("  time: render %.1f s, send %.1f s, between (generation) %.1f s%n", stats.renderNanos / 1e9,
        stats.sendNanos / 1e9, stats.betweenNanos / 1e9));
    out.append("  slowest requests:\n");
    stats.slowest.descendingMap().forEach((millis, what) -> out.append(String.format("    %.0f ms: %s%n", millis,
        Printable.of(what.length() > 300 ? what.substring(0, 300) : what))));
    out.append("  per endpoint (status×count):\n");
    stats.statusByEndpoint.forEach((endpoint, byStatus) -> out.append("    ").append(endpoint).append(": ")
        .append(byStatus.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "))).append('\n'));
    return out.toString();
  }
}

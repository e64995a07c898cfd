package dev.treaty.broker.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of one campaign, for its report and for {@code docs/BENCHMARKS.md}: requests per endpoint
 * and status, 4xx replies that name a field, and replies that did not come.
 */
final class CampaignStats {
  final Map<String, Map<Integer, Long>> statusByEndpoint = new TreeMap<>();
  final Map<Integer, Long> statuses = new TreeMap<>();
  /** Findings, by kind, endpoint and cause (only collected with {@code treaty.fuzz.explore}). */
  final Map<String, java.util.List<Finding>> unknown = new TreeMap<>();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong clientErrors = new AtomicLong();
  final AtomicLong clientErrorsNamingField = new AtomicLong();
  final AtomicLong noReply = new AtomicLong();
  /** Replies whose status came but whose body was cut off (the connection reset after an unread large body). */
  final AtomicLong cutOff = new AtomicLong();
  final long startedNanos = System.nanoTime();
  long renderNanos;
  long sendNanos;
  long betweenNanos;

  /** The slowest requests (millis → case and status), at most {@value #SLOWEST} kept. */
  final java.util.TreeMap<Double, String> slowest = new java.util.TreeMap<>();
  private static final int SLOWEST = 10;

  synchronized void record(FuzzCase fuzzCase, RawReply reply, long nanos) {
    requests.incrementAndGet();
    slowest.put(nanos / 1e6, reply.status() + " " + fuzzCase);
    if (slowest.size() > SLOWEST) {
      slowest.pollFirstEntry();
    }
    statuses.merge(reply.status(), 1L, Long::sum);
    statusByEndpoint.computeIfAbsent(fuzzCase.endpoint().toString(), e -> new TreeMap<>()).merge(reply.status(), 1L, Long::sum);
    if (!reply.answered()) {
      noReply.incrementAndGet();
    } else if (reply.failure() != null) {
      cutOff.incrementAndGet();
    } else if (reply.status() >= 400 && reply.status() < 500) {
      clientErrors.incrementAndGet();
      if (ReplyOracle.namesField(reply)) {
        clientErrorsNamingField.incrementAndGet();
      }
    }
  }

  synchronized void unknown(Finding finding) {
    String cause = finding.cause() == null ? finding.reply().status() + "" : finding.cause().replaceAll(": [^<]*", "");
    unknown.computeIfAbsent(finding.kind() + " " + finding.fuzzCase().endpoint() + " " + cause, k -> new java.util.ArrayList<>())
        .add(finding);
  }

  long requestsTo(Endpoint endpoint) {
    return statusByEndpoint.getOrDefault(endpoint.toString(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  double seconds() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}

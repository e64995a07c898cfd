package dev.treaty.benchmarks.broker;

import java.util.Arrays;

/** Latency samples of one phase, in microseconds, with exact (nearest-rank) percentiles. */
final class Latencies {
  private long[] samples = new long[1024];
  private int size;

  synchronized void add(long micros) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = micros;
  }

  synchronized int count() {
    return size;
  }

  /** The nearest-rank percentile {@code p} (0 &lt; p &lt;= 100) in milliseconds. */
  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1000.0;
  }

  /** p50, p90, p99 and max in milliseconds, one line. */
  String summary() {
    return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)",
        percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100), count());
  }
}

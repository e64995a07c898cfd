package dev.treaty.broker.internal.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The broker's metrics, one registry per broker (tests run several brokers in one JVM): JVM and
 * process basics, the HikariCP pool ({@code hikaricp_connections_active/idle/pending/max}), the
 * Jetty request threads, admission control and whatever the routes record; scraped as Prometheus
 * text.
 */
public final class BrokerMetrics implements AutoCloseable {
  /** The media type of {@link #scrape()}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;

  private BrokerMetrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
    this.registry = registry;
    this.gc = gc;
  }

  /** A registry with the JVM and process metrics bound. */
  public static BrokerMetrics create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    return new BrokerMetrics(registry, gc);
  }

  /** Publishes the pool's connection gauges and acquire/usage timers. */
  public void bindPool(HikariDataSource pool) {
    pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
  }

  /** Publishes the request threads: busy, idle, max and jobs waiting in the bounded queue. */
  public void bindServerThreads(ThreadPool threads) {
    new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(registry);
  }

  /** Publishes the requests waiting for admission and those refused with 503 at the door. */
  public void bindAdmission(AdmissionControl admission) {
    Gauge.builder("treaty.requests.waiting", admission, AdmissionControl::getSuspendedRequestCount)
        .description("Requests waiting to be admitted (AdmissionControl)")
        .register(registry);
    FunctionCounter.builder("treaty.requests.refused", admission,
            a -> a.getTotalExceededRequestCount() + a.getTotalExpiredRequestCount())
        .description("Requests answered 503 because too many were running and waiting")
        .register(registry);
  }

  /** Publishes the requests whose database work was cancelled because their client had gone. */
  public void bindClientWatch(ClientWatch watch) {
    FunctionCounter.builder("treaty.requests.abandoned", watch, ClientWatch::abandonedRequests)
        .description("Requests whose client closed the connection during their database work, which was then cancelled")
        .register(registry);
  }

  /** Publishes the body memory budget: its capacity, the bytes reserved now, and the bodies refused with 503. */
  public void bindBodyBudget(MemoryBudget budget) {
    Gauge.builder("treaty.body.memory.budget.max", budget, MemoryBudget::capacity)
        .description("Bytes of request bodies the broker processes at once (--body-memory-budget)")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("treaty.body.memory.budget.used", budget, MemoryBudget::used)
        .description("Bytes of request bodies being processed now")
        .baseUnit("bytes")
        .register(registry);
    FunctionCounter.builder("treaty.body.memory.budget.refused", budget, MemoryBudget::refused)
        .description("Requests answered 503 because their bodies did not fit the body memory budget")
        .register(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Every metric in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}

package dev.treaty.broker.server;

import dev.treaty.broker.internal.http.AccessLog;
import dev.treaty.broker.internal.http.ApiRoute;
import dev.treaty.broker.internal.http.BaseUrls;
import dev.treaty.broker.internal.http.BrokerContext;
import dev.treaty.broker.internal.http.BrokerRoutes;
import dev.treaty.broker.internal.http.ExceptionMapping;
import dev.treaty.broker.internal.http.RequestMetrics;
import dev.treaty.broker.internal.ops.AdmissionControl;
import dev.treaty.broker.internal.ops.BodyAdmission;
import dev.treaty.broker.internal.ops.MemoryBudget;
import dev.treaty.broker.internal.ops.OutOfMemoryExit;
import dev.treaty.broker.internal.ops.BrokerMetrics;
import dev.treaty.broker.internal.ops.ClientWatch;
import dev.treaty.broker.internal.ops.ProtocolErrors;
import dev.treaty.broker.internal.ops.ServerThreads;
import dev.treaty.broker.internal.store.Database;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Treaty broker: a Javalin server in front of the broker's database.
 *
 * <pre>{@code
 * try (TreatyBroker broker = TreatyBroker.start(BrokerConfig.builder().port(0).build())) {
 *   URI url = broker.url();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class TreatyBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TreatyBroker.class);
  private final Database database;
  private final BrokerMetrics metrics;
  private final Javalin javalin;
  private final BrokerConfig config;
  private final List<ApiRoute> routes;
  private final BrokerContext context;

  private TreatyBroker(BrokerConfig config, Database database, BrokerMetrics metrics, Javalin javalin,
      List<ApiRoute> routes, BrokerContext context) {
    this.config = config;
    this.database = database;
    this.metrics = metrics;
    this.javalin = javalin;
    this.routes = routes;
    this.context = context;
  }

  /** Opens (and migrates) the database, then starts serving; fails if either cannot start. */
  public static TreatyBroker start(BrokerConfig config) {
    Database database = Database.open(config);
    BrokerMetrics metrics = BrokerMetrics.create();
    try {
      metrics.bindPool(database.dataSource());
      QueuedThreadPool threads = ServerThreads.create();
      metrics.bindServerThreads(threads);
      AdmissionControl admission = AdmissionControl.create();
      metrics.bindAdmission(admission);
      BodyAdmission bodies = BodyAdmission.create(config.maxBodyBytes(), new MemoryBudget(bodyMemoryBudget(config)));
      admission.setHandler(bodies);
      metrics.bindBodyBudget(bodies.budget());
      ClientWatch clientWatch = new ClientWatch();
      bodies.setHandler(clientWatch);
      metrics.bindClientWatch(clientWatch);
      List<ApiRoute> routes = new CopyOnWriteArrayList<>();
      BrokerContext context = new BrokerContext(config, database, new BaseUrls(config.baseUrl(), config.trustProxy()), Clock.systemUTC());
      Javalin javalin = Javalin.create(javalinConfig -> {
        javalinConfig.startup.showJavalinBanner = false;
        javalinConfig.jetty.host = config.host();
        javalinConfig.jetty.port = config.port();
        javalinConfig.jetty.threadPool = threads;
        javalinConfig.jetty.modifyServer(server -> {
          server.setHandler(admission);
          server.setErrorHandler(new ProtocolErrors());
        });
        javalinConfig.http.maxRequestSize = config.maxBodyBytes();
        javalinConfig.router.javaLangErrorHandler(TreatyBroker::fatal);
        javalinConfig.router.ignoreTrailingSlashes = true;
        // Pact clients encode '/' in branch names as %2F; Jetty 12 rejects that by default. Not %uXXXX,
        // which LEGACY would let through to Javalin's decoder, where it was a 500.
        javalinConfig.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
            UriCompliance.LEGACY.without("LEGACY_WITHOUT_UTF16", UriCompliance.Violation.UTF16_ENCODINGS)));
        javalinConfig.jetty.modifyServletContextHandler(handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
        observe(javalinConfig, metrics, routes);
        ExceptionMapping.addTo(javalinConfig.routes, config.statementTimeout());
        BrokerRoutes.addTo(javalinConfig.routes, context, metrics);
      });
      javalin.start();
      return new TreatyBroker(config, database, metrics, javalin, routes, context);
    } catch (RuntimeException e) {
      metrics.close();
      database.close();
      throw e;
    }
  }

  private static long bodyMemoryBudget(BrokerConfig config) {
    return config.bodyMemoryBudget().orElseGet(() -> MemoryBudget.defaultCapacity(Runtime.getRuntime().maxMemory()));
  }

  /** An {@link Error} in a route (Javalin's default answers 500 and logs it): out of memory stops the process. */
  private static void fatal(HttpServletResponse response, Error error) {
    OutOfMemoryExit.check(error);
    response.setStatus(500);
    LOG.error("Fatal error occurred while servicing http-request", error);
  }

  /** Times and logs every request, and records the routes added (for the OpenAPI test). */
  private static void observe(JavalinConfig javalinConfig, BrokerMetrics metrics, List<ApiRoute> routes) {
    javalinConfig.requestLogger.http(new RequestMetrics(metrics.registry()));
    javalinConfig.requestLogger.http(new AccessLog());
    javalinConfig.events.handlerAdded(added -> {
      if (added.getHttpMethod().isHttpMethod()) {
        routes.add(new ApiRoute(added.getHttpMethod().name(), added.getPath()));
      }
    });
  }

  /** The port the broker listens on (the chosen one when configured with port 0). */
  public int port() {
    return javalin.port();
  }

  /**
   * {@code http://127.0.0.1:<port>} (or the configured host when it is not a wildcard), for tests
   * and tools on this machine; the links of a request arriving there start with it.
   */
  public URI url() {
    String host = config.host();
    boolean wildcard = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::");
    String shown = wildcard ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port());
  }

  public BrokerConfig config() {
    return config;
  }

  /** The routes Javalin serves, for the test that keeps the OpenAPI document in step. */
  List<ApiRoute> routes() {
    return List.copyOf(routes);
  }

  /** The database, for tests that need to hold its connections. */
  Database database() {
    return database;
  }

  /** Stops serving (in-flight requests finish), then closes the database. */
  @Override
  public void close() {
    context.markStopping();
    try {
      javalin.stop();
    } finally {
      try {
        database.close();
      } finally {
        metrics.close();
      }
    }
  }
}

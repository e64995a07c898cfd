package dev.treaty.broker.server;

import dev.treaty.broker.internal.http.BaseUrls;
import dev.treaty.broker.internal.http.BrokerContext;
import dev.treaty.broker.internal.http.BrokerRoutes;
import dev.treaty.broker.internal.http.ExceptionMapping;
import dev.treaty.broker.internal.http.Routes;
import dev.treaty.broker.internal.store.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.http.UriCompliance;

/**
 * A running Treaty broker: a Javalin server in front of the broker's database.
 *
 * <pre>{@code
 * try (TreatyBroker broker = TreatyBroker.start(BrokerConfig.builder().port(0).build())) {
 *   URI url = broker.url();   // http://localhost:<port>
 * }
 * }</pre>
 */
public final class TreatyBroker implements AutoCloseable {
  private final Database database;
  private final Javalin javalin;
  private final BrokerConfig config;

  private TreatyBroker(BrokerConfig config, Database database, Javalin javalin) {
    this.config = config;
    this.database = database;
    this.javalin = javalin;
  }

  /** Opens (and migrates) the database, then starts serving; fails if either cannot start. */
  public static TreatyBroker start(BrokerConfig config) {
    Database database = Database.open(config);
    try {
      BrokerContext context = new BrokerContext(config, database, new BaseUrls(config.baseUrl()), Clock.systemUTC());
      Javalin javalin = Javalin.create(javalinConfig -> {
        javalinConfig.startup.showJavalinBanner = false;
        javalinConfig.jetty.host = config.host();
        javalinConfig.jetty.port = config.port();
        javalinConfig.http.maxRequestSize = config.maxBodyBytes();
        javalinConfig.router.ignoreTrailingSlashes = true;
        // Pact clients encode '/' in branch names as %2F; Jetty 12 rejects that by default.
        javalinConfig.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.LEGACY));
        javalinConfig.jetty.modifyServletContextHandler(handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
        ExceptionMapping.addTo(javalinConfig.routes);
        for (Routes routes : BrokerRoutes.all(context)) {
          routes.addTo(javalinConfig.routes);
        }
      });
      javalin.start();
      return new TreatyBroker(config, database, javalin);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The port the broker listens on (the chosen one when configured with port 0). */
  public int port() {
    return javalin.port();
  }

  /** {@code http://localhost:<port>}, for tests and tools on this machine. */
  public URI url() {
    return URI.create("http://localhost:" + port());
  }

  public BrokerConfig config() {
    return config;
  }

  /** Stops serving (in-flight requests finish), then closes the database. */
  @Override
  public void close() {
    try {
      javalin.stop();
    } finally {
      database.close();
    }
  }
}

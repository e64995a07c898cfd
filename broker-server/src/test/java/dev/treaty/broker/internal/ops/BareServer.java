package dev.treaty.broker.internal.ops;

import dev.treaty.broker.testing.BrokerHttp;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;

/** A bare Javalin on a free port of 127.0.0.1 with one of the broker's Jetty handlers in front, for that handler's tests. */
final class BareServer implements AutoCloseable {
  private final Javalin app;
  private final BrokerHttp http;

  private BareServer(Javalin app) {
    this.app = app;
    this.http = new BrokerHttp(uri());
  }

  static BareServer start(Handler.Wrapper inFront, Consumer<RoutesConfig> routes) {
    return new BareServer(Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setHandler(inFront));
      routes.accept(config.routes);
    }).start("127.0.0.1", 0));
  }

  BrokerHttp http() {
    return http;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  @Override
  public void close() {
    app.stop();
  }
}

package dev.treaty.broker.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.testing.BrokerHttp;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bare Javalin with a path-parameter route: the broker's own routes come and go. */
class RequestMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Javalin app;
  private BrokerHttp http;

  @BeforeEach
  void start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.requestLogger.http(new RequestMetrics(registry));
      ExceptionMapping.addTo(config.routes, java.time.Duration.ofSeconds(10));
      config.routes.get("/things/{thing}", ctx -> ctx.result("ok"));
      config.routes.put("/things/{thing}", ctx -> {
        throw ApiException.of(409, "Conflict", "taken");
      });
    }).start("127.0.0.1", 0);
    http = new BrokerHttp(URI.create("http://127.0.0.1:" + app.port()));
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void requestsAreCountedUnderTheirRouteTemplateNotTheirPath() {
    http.get("/things/a");
    http.get("/things/b");

    Timer timer = registry.get(RequestMetrics.TIMER)
        .tags("method", "GET", "route", "/things/{thing}", "status", "200").timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(registry.getMeters()).noneSatisfy(meter -> assertThat(meter.getId().getTag("route")).startsWith("/things/a"));
  }

  @Test
  void errorsKeepTheRouteAndTheirStatus() {
    http.put("/things/a", "{}");

    assertThat(registry.get(RequestMetrics.TIMER)
        .tags("method", "PUT", "route", "/things/{thing}", "status", "409").timer().count()).isEqualTo(1);
  }

  @Test
  void unknownPathsShareOneUnmatchedRoute() {
    http.get("/nothing/here/1");
    http.get("/nothing/here/2");

    assertThat(registry.get(RequestMetrics.TIMER)
        .tags("method", "GET", "route", RouteTemplates.UNMATCHED, "status", "404").timer().count()).isEqualTo(2);
  }
}

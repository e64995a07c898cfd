package dev.treaty.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.server.BrokerConfig;
import dev.treaty.broker.server.TreatyBroker;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.RunningBroker;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seeding tool and the gate's latency driver at a tiny scale (50 pacticipants, 20 versions
 * each, a hub with 10 consumers) on H2 and PostgreSQL, so neither rots: the seed's own checks
 * through the HTTP API pass (they compare the broker's answers with the history), a second seed
 * without {@code --replace} is refused, and every scenario of the driver answers. Figures meaningless.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SeedOrganisationSmokeTest {
  @Parameter Backend backend;

  private SeedTarget target;

  private SeedTarget target() {
    BrokerConfig config = RunningBroker.baseConfig(backend).build();
    target = config.dbUrl().isPresent()
        ? SeedTarget.postgres(config.dbUrl().get(), config.dbSchema().orElseThrow())
        : SeedTarget.h2(config.dataDir());
    return target;
  }

  @AfterEach
  void dropTheSchema() throws Exception {
    if (target != null && target.isPostgres()) {
      try (Connection connection = DriverManager.getConnection(target.jdbcUrl())) {
        connection.createStatement().execute("DROP SCHEMA IF EXISTS " + target.schema() + " CASCADE");
      }
    }
  }

  @Test
  void aTinyOrganisationIsSeededCheckedAndMeasured() throws Exception {
    History history = History.endingYesterday(new Organisation(50, 3, 10), 20);
    SeedOrganisation.Options options = new SeedOrganisation.Options(target(), history, false, true);

    SeedOrganisation.Seeded seeded = SeedOrganisation.seed(options);

    assertThat(seeded.rows()).containsEntry("pacticipants", 50L).containsEntry("versions", 1_000L)
        .containsEntry("branch_versions", 1_000L);
    assertThat(seeded.rows().get("verifications")).isGreaterThan(seeded.rows().get("pact_versions"));
    assertThat(seeded.rows().get("pact_contents")).as("identical content is stored once").isLessThan(seeded.rows().get("pact_versions"));
    assertThat(seeded.checks()).as(seeded.describe()).hasSize(6).noneMatch(check -> check.startsWith("note"));
    assertThat(seeded.describe()).contains("deployable true", "deployable false", "10 pacts, one per hub consumer");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeedOrganisation.seed(options))
        .hasMessageContaining("--replace true");

    try (TreatyBroker broker = TreatyBroker.start(target.brokerConfig().build())) {
      GateLatency driver = new GateLatency(broker.url(), 1, 3, Duration.ofSeconds(30), 7, new CpuMeter(0, null, null));
      List<GateLatency.Scenario> scenarios = GateLatency.scenarios(history);
      assertThat(scenarios).hasSize(5);
      for (GateLatency.Scenario scenario : scenarios) {
        driver.warmUp(scenario);
        GateLatency.Result result = driver.measure(scenario);
        assertThat(result.latencies().count()).as(scenario.name()).isEqualTo(3);
        assertThat(result.describe()).contains("p99", "target p99 <= ");
      }
    }
  }
}

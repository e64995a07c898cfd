package dev.treaty.broker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.broker.testing.Backend;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Issue 12's request-level fuzzer: malformed requests to every endpoint of a real broker over a
 * socket, on H2 and on PostgreSQL, each answered below 500 or with 503 and {@code Retry-After}, as
 * problem JSON, and the broker still up afterwards with its heap back near where it started.
 * jqwik generates the cases ({@link FuzzCases}) and shrinks a failing one to the smallest request
 * that still fails; the seed it prints reproduces the run. Size and seed: {@link FuzzSettings}.
 *
 * <p>One property per database (jqwik has no parameterized classes); each starts its own broker.
 */
@AddLifecycleHook(FuzzSettings.class)
class BrokerFuzzIT {
  private static final Map<Backend, FuzzCampaign> CAMPAIGNS = new EnumMap<>(Backend.class);
  /** The heap may grow this much over a campaign (caches, pools); a leak per request grows far more. */
  private static final long HEAP_GROWTH_MIB = 128;

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void h2(@ForAll("h2Cases") FuzzCase fuzzCase) {
    campaign(Backend.H2).check(fuzzCase);
  }

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void postgresql(@ForAll("postgresqlCases") FuzzCase fuzzCase) {
    campaign(Backend.POSTGRESQL).check(fuzzCase);
  }

  @Provide
  Arbitrary<FuzzCase> h2Cases() {
    return FuzzCases.of(campaign(Backend.H2).endpoints());
  }

  @Provide
  Arbitrary<FuzzCase> postgresqlCases() {
    return FuzzCases.of(campaign(Backend.POSTGRESQL).endpoints());
  }

  /** After each property: the broker it fuzzed is up, every endpoint was reached, the heap came back. */
  @AfterProperty
  void finishCampaigns() {
    synchronized (CAMPAIGNS) {
      for (FuzzCampaign campaign : CAMPAIGNS.values()) {
        if (!campaign.finished()) {
          CampaignReport report = campaign.finish();
          System.out.println(report.render());
          assertThat(report.unknownFindings()).as("findings on %s (see the report above)", campaign.backend()).isEmpty();
          assertThat(report.endpointsNeverRequested()).as("endpoints the campaign never reached").isEmpty();
          assertThat(report.heapGrowthMib()).as("heap growth over the campaign on %s, MiB", campaign.backend())
              .isLessThan(HEAP_GROWTH_MIB);
        }
      }
    }
  }

  @AfterContainer
  static void closeBrokers() {
    synchronized (CAMPAIGNS) {
      CAMPAIGNS.values().forEach(FuzzCampaign::close);
      CAMPAIGNS.clear();
    }
  }

  private static FuzzCampaign campaign(Backend backend) {
    synchronized (CAMPAIGNS) {
      return CAMPAIGNS.computeIfAbsent(backend, FuzzCampaign::start);
    }
  }
}

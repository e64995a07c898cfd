package dev.treaty.benchmarks.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrganisationTest {
  private final Organisation organisation = new Organisation(1000, 3);

  @Test
  void pickVisitsEveryPacticipantOncePerRound() {
    Set<Integer> picked = new HashSet<>();
    IntStream.range(0, 1000).forEach(k -> picked.add(organisation.pick(k)));

    assertThat(picked).hasSize(1000).allMatch(i -> i >= 1 && i <= 1000);
  }

  @Test
  void consumersDependOnAPopularProviderAndNeverOnThemselves() {
    for (int i = 1; i <= 1000; i++) {
      int consumer = i;
      assertThat(organisation.providersOf(i))
          .isNotEmpty()
          .doesNotContain(consumer)
          .allMatch(p -> p >= 1 && p <= 1000);
      assertThat(organisation.providersOf(i).get(0)).isLessThanOrEqualTo(organisation.popularProviders() + 1);
    }
  }

  @Test
  void theHubHasExactlyItsConsumersAndTheyKeepTheirOtherProviders() {
    Organisation withHub = new Organisation(1000, 3, 300);

    assertThat(withHub.hub()).isEqualTo(1000);
    assertThat(withHub.consumersOf(1000)).hasSize(300).allMatch(c -> c % 3 == 0 && c <= 900);
    assertThat(withHub.providersOf(3)).hasSize(organisation.providersOf(3).size() + 1).endsWith(1000);
    assertThat(withHub.providersOf(1000)).doesNotContain(1000).isNotEmpty();
  }

  @Test
  void aHubNeedsRoomForItsConsumers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Organisation(50, 3, 17))
        .hasMessageContaining("hubConsumers must be between 0 and (pacticipants - 1) / 3");
  }

  @Test
  void namesAreNumberedFromOne() {
    assertThat(Organisation.name(7)).isEqualTo("svc-0007");
    assertThat(Organisation.name(1000)).isEqualTo("svc-1000");
  }
}

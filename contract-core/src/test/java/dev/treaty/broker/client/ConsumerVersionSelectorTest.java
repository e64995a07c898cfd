package dev.treaty.broker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsumerVersionSelectorTest {

  @Test
  void parsedSelectorWritesBackTheSameKeys() {
    ConsumerVersionSelector selector =
        ConsumerVersionSelector.parse("{\"tag\":\"prod\",\"latest\":true,\"fallbackTag\":\"main\",\"consumer\":\"web\"}");

    assertThat(selector.tag()).isEqualTo("prod");
    assertThat(selector.latest()).isTrue();
    assertThat(selector.mainBranch()).isNull();
    assertThat(selector.toString()).isEqualTo("{\"fallbackTag\":\"main\",\"tag\":\"prod\",\"latest\":true,\"consumer\":\"web\"}".replace(
        "{\"fallbackTag\":\"main\",\"tag\":\"prod\"", "{\"tag\":\"prod\",\"fallbackTag\":\"main\""));
  }

  @Test
  void factoriesMatchTheBrokersJson() {
    assertThat(ConsumerVersionSelector.forMainBranch().toString()).isEqualTo("{\"mainBranch\":true}");
    assertThat(ConsumerVersionSelector.forDeployedOrReleased().toString()).isEqualTo("{\"deployedOrReleased\":true}");
    assertThat(ConsumerVersionSelector.forBranch("feature/x").toString()).isEqualTo("{\"branch\":\"feature/x\"}");
    assertThat(ConsumerVersionSelector.forMatchingBranch().toString()).isEqualTo("{\"matchingBranch\":true}");
    assertThat(ConsumerVersionSelector.defaults()).hasSize(2);
  }

  @Test
  void unknownKeyIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> ConsumerVersionSelector.parse("{\"mainbranch\":true}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consumer version selector {\"mainbranch\":true} has unknown key \"mainbranch\"; known keys:"
            + " mainBranch, branch, fallbackBranch, matchingBranch, tag, fallbackTag, latest, consumer, deployed,"
            + " released, deployedOrReleased, environment");
  }

  @Test
  void wrongValueTypesAreRefused() {
    assertThatThrownBy(() -> ConsumerVersionSelector.parse("{\"latest\":\"yes\"}"))
        .hasMessage("consumer version selector {\"latest\":\"yes\"}: \"latest\" must be true or false, not \"yes\"");
    assertThatThrownBy(() -> ConsumerVersionSelector.parse("{\"branch\":true}"))
        .hasMessage("consumer version selector {\"branch\":true}: \"branch\" must be a non-blank string, not true");
  }

  @Test
  void textThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> ConsumerVersionSelector.parse("mainBranch"))
        .hasMessage("consumer version selector is not JSON: mainBranch; write it like {\"branch\": \"main\"}");
    assertThatThrownBy(() -> ConsumerVersionSelector.parse("{}"))
        .hasMessageStartingWith("consumer version selector must be a non-empty JSON object: {}");
  }

  @Test
  void wipPactsNeedAProviderBranchAndADate() {
    assertThatThrownBy(() -> PactsForVerificationQuery.builder("p").includeWipPactsSince("2024-01-01").build())
        .hasMessage("work-in-progress pacts since 2024-01-01 need the provider's branch: the broker finds WIP"
            + " pacts per provider branch; give one");
    assertThatThrownBy(() -> PactsForVerificationQuery.builder("p").providerBranch("main")
        .includeWipPactsSince("last week").build())
        .hasMessage("include WIP pacts since: not a date: \"last week\"; write it like 2024-01-31 or 2024-01-31T10:00:00Z");
    assertThat(PactsForVerificationQuery.builder("p").providerBranch("main")
        .includeWipPactsSince("2024-01-31T10:00:00Z").build().includeWipPactsSince()).isEqualTo("2024-01-31T10:00:00Z");
  }
}

package dev.treaty.broker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerConnectionTest {

  @Test
  void pactVariablesAreReadWhenTreatysAreAbsent() {
    BrokerConnection connection = BrokerConnection.fromEnvironment(Map.of(
        "PACT_BROKER_BASE_URL", "https://pact.example.com", "PACT_BROKER_USERNAME", "ci", "PACT_BROKER_PASSWORD", "pw"));

    assertThat(connection).isEqualTo(new BrokerConnection("https://pact.example.com", null, "ci", "pw"));
  }

  @Test
  void treatyVariablesWinOverPactOnes() {
    BrokerConnection connection = BrokerConnection.fromEnvironment(Map.of(
        "TREATY_BROKER_URL", "https://treaty.example.com", "PACT_BROKER_BASE_URL", "https://pact.example.com",
        "TREATY_BROKER_TOKEN", "t", "PACT_BROKER_TOKEN", "p"));

    assertThat(connection.url()).isEqualTo("https://treaty.example.com");
    assertThat(connection.token()).isEqualTo("t");
  }

  @Test
  void explicitCredentialsReplaceTheEnvironmentsAsAWhole() {
    BrokerConnection environment = new BrokerConnection("https://env.example.com", null, "env-user", "env-pw");

    BrokerConnection withToken = new BrokerConnection(null, "explicit", null, null).orElse(environment);

    assertThat(withToken).isEqualTo(new BrokerConnection("https://env.example.com", "explicit", null, null));
    assertThat(new BrokerConnection(null, null, null, null).orElse(environment)).isEqualTo(environment);
  }

  @Test
  void aTokenAndAUserNameTogetherOrAUserWithoutPasswordAreRefusedSayingWhy() {
    assertThatThrownBy(() -> new BrokerConnection("https://b.example.com", "t", "u", "p").clientBuilder())
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> new BrokerConnection("https://b.example.com", null, "u", null).clientBuilder())
        .hasMessageContaining("needs a password").hasMessageContaining("PACT_BROKER_PASSWORD");
    assertThatThrownBy(() -> new BrokerConnection(null, "t", null, null).clientBuilder())
        .hasMessageContaining("PACT_BROKER_BASE_URL");
  }

  @Test
  void toStringHidesSecrets() {
    assertThat(new BrokerConnection("https://b.example.com", "secret-token", "u", "secret-pw").toString())
        .doesNotContain("secret").contains("***");
  }
}

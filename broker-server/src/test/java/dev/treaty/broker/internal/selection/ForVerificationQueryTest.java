package dev.treaty.broker.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForVerificationQueryTest {
  @Test
  void nestedSelectorsStartANewSelectorWhenAKeyRepeats() {
    String body = ForVerificationQuery.toBody("consumer_version_selectors[][tag]=prod&consumer_version_selectors[][latest]=true"
        + "&consumer_version_selectors%5B%5D%5Btag%5D=feat+x&provider_version_tags[]=dev&provider_version_tags[]=main"
        + "&include_pending_status=false&include_wip_pacts_since=2024-01-01").toString();

    assertThat(body).isEqualTo("{\"consumerVersionSelectors\":[{\"tag\":\"prod\",\"latest\":true},{\"tag\":\"feat x\"}],"
        + "\"providerVersionTags\":[\"dev\",\"main\"],\"includePendingStatus\":false,\"includeWipPactsSince\":\"2024-01-01\"}");
  }

  @Test
  void camelCaseKeysAndNonBooleanTextPassThroughForTheValidatorToReport() {
    assertThat(ForVerificationQuery.toBody("consumerVersionSelectors[][latest]=maybe&providerVersionBranch=main").toString())
        .isEqualTo("{\"consumerVersionSelectors\":[{\"latest\":\"maybe\"}],\"providerVersionBranch\":\"main\"}");
    assertThat(ForVerificationQuery.toBody(null).isEmpty()).isTrue();
  }
}

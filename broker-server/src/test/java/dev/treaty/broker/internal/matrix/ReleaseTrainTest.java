package dev.treaty.broker.internal.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.broker.testing.Backend;
import dev.treaty.broker.testing.BrokerHttp;
import dev.treaty.broker.testing.BrokerHttp.Reply;
import dev.treaty.broker.testing.BrokerSeed;
import dev.treaty.broker.testing.BrokersPerBackend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Release trains: several versions to one environment at once, whether they work together and with
 * what stays there, and the order to deploy them in so that every step leaves it compatible.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReleaseTrainTest {
  @RegisterExtension static final BrokersPerBackend BROKERS = new BrokersPerBackend();

  @Parameter Backend backend;

  BrokerHttp http() {
    return BROKERS.get(backend).http();
  }

  BrokerSeed seed() {
    return BrokerSeed.of(BROKERS.get(backend));
  }

  /**
   * {@code p-web 1.0.0} (pact "v1") and {@code p-api 2.0.0} are deployed in {@code p-env}, 2.0.0
   * verified v1; the train is {@code p-web 2.0.0} (pact "v2") and {@code p-api 3.0.0}, which
   * verified v2. What 2.0.0 says of v2 and 3.0.0 of v1 decides the order.
   */
  void railway(String p, boolean oldProviderTakesNewConsumer, boolean newProviderTakesOldConsumer) {
    seed().environment(p + "-env", false);
    String v1 = seed().pact(p + "-web", "1.0.0", p + "-api", "get order");
    String v2 = seed().pact(p + "-web", "2.0.0", p + "-api", "get order with customer");
    seed().deploy(p + "-web", "1.0.0", p + "-env").deploy(p + "-api", "2.0.0", p + "-env");
    seed().verification(p + "-api", "2.0.0", p + "-web", v1, true, null, null, null);
    seed().verification(p + "-api", "2.0.0", p + "-web", v2, oldProviderTakesNewConsumer, null, null, MatrixTest.FAILED_RESULTS);
    seed().verification(p + "-api", "3.0.0", p + "-web", v1, newProviderTakesOldConsumer, null, null, MatrixTest.FAILED_RESULTS);
    seed().verification(p + "-api", "3.0.0", p + "-web", v2, true, null, null, null);
  }

  JsonNode train(String p, String... carsInOrder) {
    StringBuilder query = new StringBuilder();
    for (String car : carsInOrder) {
      String[] nameAndVersion = car.split(" ");
      query.append("q[][pacticipant]=").append(p).append('-').append(nameAndVersion[0]).append("&q[][version]=").append(nameAndVersion[1]).append('&');
    }
    Reply reply = http().get("/matrix?" + query + "latestby=cvpv&environment=" + p + "-env");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static List<String> steps(JsonNode answer) {
    List<String> steps = new ArrayList<>();
    answer.at("/deployOrder/steps").forEach(s -> steps.add(s.get("step").asInt() + ". " + s.get("pacticipant").asText() + " " + s.get("version").asText()));
    return steps;
  }

  @Test
  void aConsumerThatNeedsTheNewProviderGoesAfterIt() {
    railway("pf", false, true);

    JsonNode answer = train("pf", "web 2.0.0", "api 3.0.0");

    assertThat(answer.at("/summary/deployable").asBoolean()).as(answer.toString()).isTrue();
    assertThat(answer.at("/deployOrder/possible").asBoolean()).isTrue();
    assertThat(steps(answer)).containsExactly("1. pf-api 3.0.0", "2. pf-web 2.0.0");
    assertThat(answer.at("/deployOrder/reason").asText())
        .isEqualTo("Deploy in this order: 1. pf-api 3.0.0, 2. pf-web 2.0.0 (each step leaves pf-env compatible)");
    assertThat(answer.at("/deployOrder/steps/1/after/0").asText()).isEqualTo("pf-api");
    assertThat(answer.at("/deployOrder/steps/1/reason").asText())
        .isEqualTo("pf-web 2.0.0 needs pf-api 3.0.0 (it fails with pf-api 2.0.0, which is deployed in pf-env until then)");
    assertThat(answer.at("/deployOrder/constraints/0/detail").asText()).contains("'a request for order 42': it failed, body $.customerId");
    assertThat(MatrixTest.texts(answer.get("notices"), "text")).contains(answer.at("/deployOrder/reason").asText());

    JsonNode kept = http().get(answer.at("/_links/pb:decision/href").asText()).json();
    assertThat(kept.get("deployOrder")).as("the kept decision has the order").isEqualTo(answer.get("deployOrder"));
  }

  @Test
  void aConsumerGoesFirstWhenTheOldProviderTakesItAndTheNewProviderWouldBreakTheOldConsumer() {
    railway("cf", true, false);

    JsonNode answer = train("cf", "api 3.0.0", "web 2.0.0");

    assertThat(answer.at("/deployOrder/possible").asBoolean()).as(answer.toString()).isTrue();
    assertThat(steps(answer)).containsExactly("1. cf-web 2.0.0", "2. cf-api 3.0.0");
    assertThat(answer.at("/deployOrder/steps/0/reason").asText()).isEqualTo("nothing in the train has to be deployed before it");
    assertThat(answer.at("/deployOrder/steps/1/reason").asText())
        .isEqualTo("cf-api 3.0.0 breaks cf-web 1.0.0, which is deployed in cf-env until cf-web 2.0.0 replaces it");
  }

  @Test
  void whenBothOrdersWorkTheTrainGoesInTheOrderAsked() {
    railway("any", true, true);

    assertThat(steps(train("any", "web 2.0.0", "api 3.0.0"))).containsExactly("1. any-web 2.0.0", "2. any-api 3.0.0");
    assertThat(steps(train("any", "api 3.0.0", "web 2.0.0"))).containsExactly("1. any-api 3.0.0", "2. any-web 2.0.0");
  }

  @Test
  void aMutualDependencyWithABreakingChangeHasNoOrderAndSaysWhy() {
    railway("no", false, false);

    JsonNode answer = train("no", "web 2.0.0", "api 3.0.0");

    assertThat(answer.at("/summary/deployable").asBoolean()).as("once both are deployed they work together").isTrue();
    assertThat(answer.at("/deployOrder/possible").asBoolean()).isFalse();
    assertThat(answer.at("/deployOrder/steps").size()).isZero();
    assertThat(answer.at("/deployOrder/reason").asText()).isEqualTo("No order keeps no-env compatible at every step: "
        + "no-web 2.0.0 needs no-api 3.0.0 (it fails with no-api 2.0.0, which is deployed in no-env until then), "
        + "and no-api 3.0.0 breaks no-web 1.0.0, which is deployed in no-env until no-web 2.0.0 replaces it: "
        + "deploy both at once, or make no-api 3.0.0 backwards compatible (so it works with no-web 1.0.0)");
    assertThat(MatrixTest.texts(answer.get("notices"), "text")).contains("WARN: " + answer.at("/deployOrder/reason").asText());
  }

  @Test
  void aNewProviderThatIsNowhereYetGoesFirst() {
    seed().environment("np-env", false);
    String sha = seed().pact("np-web", "1.0.0", "np-api", "get order");
    seed().verification("np-api", "1.0.0", "np-web", sha, true, null, null, null);

    JsonNode answer = train("np", "web 1.0.0", "api 1.0.0");

    assertThat(steps(answer)).as(answer.toString()).containsExactly("1. np-api 1.0.0", "2. np-web 1.0.0");
    assertThat(answer.at("/deployOrder/steps/1/reason").asText())
        .isEqualTo("np-web 1.0.0 needs np-api 1.0.0 (no other version of np-api is in np-env before it)");
  }

  @Test
  void aTrainThatBreaksWhatStaysDeployedHasNoOrderUntilTheBreakIsFixed() {
    railway("st", true, true);
    String mobile = seed().pact("st-mobile", "5.0.0", "st-api", "get order summary");
    seed().deploy("st-mobile", "5.0.0", "st-env");
    seed().verification("st-api", "2.0.0", "st-mobile", mobile, true, null, null, null);
    seed().verification("st-api", "3.0.0", "st-mobile", mobile, false, null, null, MatrixTest.FAILED_RESULTS);

    JsonNode broken = train("st", "web 2.0.0", "api 3.0.0");

    assertThat(broken.at("/summary/deployable").asBoolean()).as(broken.toString()).isFalse();
    assertThat(broken.at("/deployOrder/possible").asBoolean()).isFalse();
    assertThat(broken.at("/deployOrder/blockers/0/reason").asText())
        .isEqualTo("st-api 3.0.0 breaks st-mobile 5.0.0, which stays in st-env (it is not in the train)");
    assertThat(broken.at("/deployOrder/reason").asText()).startsWith("No deploy order can work: once deployed, the train is not compatible"
        + " with st-env: st-api 3.0.0 breaks st-mobile 5.0.0");

    seed().verification("st-api", "3.0.0", "st-mobile", mobile, true, null, null, null);
    JsonNode fixed = train("st", "web 2.0.0", "api 3.0.0");

    assertThat(fixed.at("/summary/deployable").asBoolean()).as(fixed.toString()).isTrue();
    assertThat(steps(fixed)).containsExactly("1. st-web 2.0.0", "2. st-api 3.0.0");
  }

  @Test
  void aReleasedVersionOfATrainApplicationStaysAndMustKeepWorking() {
    seed().environment("rl-env", false);
    String old = seed().pact("rl-app", "1.0.0", "rl-api", "get order");
    String current = seed().pact("rl-app", "2.0.0", "rl-api", "get order with customer");
    seed().release("rl-app", "1.0.0", "rl-env").deploy("rl-api", "2.0.0", "rl-env");
    seed().verification("rl-api", "2.0.0", "rl-app", old, true, null, null, null);
    seed().verification("rl-api", "3.0.0", "rl-app", current, true, null, null, null);
    seed().verification("rl-api", "3.0.0", "rl-app", old, false, null, null, MatrixTest.FAILED_RESULTS);

    JsonNode answer = train("rl", "app 2.0.0", "api 3.0.0");

    assertThat(answer.at("/summary/deployable").asBoolean()).as("the release of rl-app 1.0.0 stays supported: " + answer).isFalse();
    assertThat(MatrixTest.texts(answer.get("matrix"), "reason"))
        .anySatisfy(r -> assertThat(r).startsWith("rl-app 1.0.0 needs rl-api 3.0.0 to pass 'a request for order 42': it failed"));
    assertThat(answer.at("/deployOrder/blockers/0/reason").asText()).isEqualTo("rl-api 3.0.0 breaks rl-app 1.0.0, which stays in rl-env"
        + " (it is released there, and deploying rl-app 2.0.0 does not end a release's support)");
  }

  @Test
  void aTrainNamingSeveralVersionsOfOneApplicationCannotBeOrdered() {
    railway("sv", true, true);

    JsonNode answer = train("sv", "web 1.0.0", "web 2.0.0", "api 3.0.0");

    assertThat(answer.at("/deployOrder/possible").asBoolean()).as(answer.toString()).isFalse();
    assertThat(answer.at("/deployOrder/reason").asText()).isEqualTo("A release train deploys one version of each application, but these"
        + " stand for several: sv-web (1.0.0, 2.0.0); name one version each (q[][version], or q[][latest]=true with a tag or branch)");
  }

  @Test
  void oneApplicationOrNoEnvironmentIsNoTrain() {
    railway("nt", true, true);

    assertThat(train("nt", "web 2.0.0").has("deployOrder")).isFalse();
    JsonNode between = http().get("/matrix?q[][pacticipant]=nt-web&q[][version]=2.0.0&q[][pacticipant]=nt-api&q[][version]=3.0.0").json();
    assertThat(between.has("deployOrder")).isFalse();
  }

  @Test
  void aTrainOfMoreThanTwentyApplicationsIs400() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i <= ReleaseTrain.MAX_APPLICATIONS; i++) {
      seed().pacticipant("big-" + i);
      query.append("q[][pacticipant]=big-").append(i).append("&q[][version]=1&");
    }

    Reply reply = http().get("/matrix?" + query + "environment=production");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().at("/errors/0").asText()).isEqualTo("q[]: a release train (several pacticipants with environment) has at"
        + " most 20 applications, got 21; deploy it as smaller trains");
  }
}

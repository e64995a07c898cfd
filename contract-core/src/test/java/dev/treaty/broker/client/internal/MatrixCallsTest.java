package dev.treaty.broker.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.MatrixAnswer;
import dev.treaty.broker.client.MatrixQuery;
import dev.treaty.broker.client.MatrixQuery.Selector;
import dev.treaty.contract.internal.JsonMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixCallsTest {

  @Test
  void releaseTrainAsksOneSelectorPerVersionThenTheEnvironmentThenTheIgnores() {
    MatrixQuery query = new MatrixQuery(List.of(new Selector("web", "1.0.0"), new Selector("orders", "feature/2")),
        "production", null, null, List.of(new Selector("admin", null), new Selector("audit", "3")));

    assertThat(MatrixCalls.queryString(query)).isEqualTo("q%5B%5D%5Bpacticipant%5D=web&q%5B%5D%5Bversion%5D=1.0.0"
        + "&q%5B%5D%5Bpacticipant%5D=orders&q%5B%5D%5Bversion%5D=feature%2F2&latestby=cvpv&environment=production"
        + "&ignore%5B%5D%5Bpacticipant%5D=admin&ignore%5B%5D%5Bpacticipant%5D=audit&ignore%5B%5D%5Bversion%5D=3");
  }

  @Test
  void oneVersionToATagAsksForTheLatestWithTheTagAsThePactCliDoes() {
    MatrixQuery query = new MatrixQuery(List.of(new Selector("web", "1 0")), null, "prod", null, List.of());

    assertThat(MatrixCalls.queryString(query))
        .isEqualTo("q%5B%5D%5Bpacticipant%5D=web&q%5B%5D%5Bversion%5D=1+0&latestby=cvp&latest=true&tag=prod");
  }

  @Test
  void latestWithATagOnABranchAndOnTheMainBranchAreAskedAsThePactCliAsksThem() {
    MatrixQuery query = new MatrixQuery(List.of(Selector.latest("a"), Selector.latestWithTag("b", "prod"),
        Selector.latestOnBranch("c", "feat/x"), Selector.latestOnMainBranch("d")), "production", null, null, List.of());

    assertThat(MatrixCalls.queryString(query).replace("%5B%5D", "[]").replace("%5B", "[").replace("%5D", "]")).isEqualTo(
        "q[][pacticipant]=a&q[][latest]=true&q[][pacticipant]=b&q[][latest]=true&q[][tag]=prod"
            + "&q[][pacticipant]=c&q[][branch]=feat%2Fx&q[][latest]=true&q[][pacticipant]=d&q[][mainBranch]=true&q[][latest]=true"
            + "&latestby=cvpv&environment=production");
    assertThat(query.selectors()).extracting(Selector::toString)
        .containsExactly("a", "b (latest with tag prod)", "c (latest on branch feat/x)", "d (latest on its main branch)");
  }

  @Test
  void aSelectorNamesOneWayOfChoosingItsVersion() {
    assertThatThrownBy(() -> new Selector("web", "1", "prod", null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a selector names at most one of version, tag, branch and main branch, got version=1, tag=prod, branch=null,"
            + " mainBranch=false for web");
  }

  @Test
  void aReleaseTrainsDeployOrderIsRead() throws Exception {
    MatrixAnswer answer = MatrixCalls.read(JsonMappers.DATA.readTree("""
        {"summary":{"deployable":true,"reason":"ok","success":1,"failed":0,"unknown":0},"matrix":[],
         "deployOrder":{"possible":true,"reason":"Deploy in this order: 1. api 3, 2. web 2",
           "steps":[{"step":1,"pacticipant":"api","version":"3","after":[],"reason":"first"},
                    {"step":2,"pacticipant":"web","version":"2","after":["api"],"reason":"web 2 needs api 3"}],
           "constraints":[{"first":"api","then":"web","reason":"web 2 needs api 3","detail":"..."}],"blockers":[]}}"""));

    assertThat(answer.deployOrder().possible()).isTrue();
    assertThat(answer.deployOrder().steps()).extracting(s -> s.number() + ". " + s.pacticipant() + " " + s.version())
        .containsExactly("1. api 3", "2. web 2");
    assertThat(answer.deployOrder().constraints()).containsExactly("web 2 needs api 3");
    assertThat(MatrixCalls.read(JsonMappers.DATA.readTree("{\"summary\":{},\"matrix\":[]}")).deployOrder()).isNull();
  }

  @Test
  void twoTargetsAreRefused() {
    assertThatThrownBy(() -> new MatrixQuery(List.of(new Selector("web", "1")), "production", "prod", null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most one of environment, tag and branch, got environment=production, tag=prod, branch=null");
  }

  @Test
  void anAnswerWithoutTreatysFieldsDerivesEachRowsStatusFromItsVerification() throws Exception {
    MatrixAnswer answer = MatrixCalls.read(JsonMappers.DATA.readTree("""
        {"summary":{"deployable":false,"reason":"failed","success":1,"failed":1,"unknown":1},
         "matrix":[
           {"consumer":{"name":"web","version":{"number":"1"}},"provider":{"name":"orders","version":{"number":"2"}},"verificationResult":{"success":true}},
           {"consumer":{"name":"web","version":{"number":"1"}},"provider":{"name":"pay","version":{"number":"3"}},"verificationResult":{"success":false}},
           {"consumer":{"name":"web","version":{"number":"1"}},"provider":{"name":"mail","version":null},"verificationResult":null}]}"""));

    assertThat(answer.deployable()).isFalse();
    assertThat(answer.rows()).extracting(MatrixAnswer.Row::status).containsExactly("yes", "no", "unknown");
    assertThat(answer.rows().get(2).providerVersion()).isNull();
    assertThat(answer.decisionUrl()).isNull();
    assertThat(answer.explanation()).isEmpty();
  }

  @Test
  void anAnswerThatIsNoMatrixSaysSo() throws Exception {
    assertThatThrownBy(() -> MatrixCalls.read(JsonMappers.DATA.readTree("{\"hello\":1}")))
        .isInstanceOf(BrokerException.class)
        .hasMessage("the broker's matrix answer has no summary or matrix; is it a Pact Broker? {\"hello\":1}");
  }
}

package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.matrix.ResolvedSelector.Kind;
import dev.treaty.broker.internal.store.MatrixStore.MatrixVerification;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Words one row for people: "order-web 1.0.0 needs order-service 2.1.0 to pass 'a request for
 * order 42': it failed, body $.customerId ... (verified 2026-12-01 by build ...)", and for a "no"
 * or "unknown" the {@code treaty} command that would change the answer.
 */
final class RowExplainer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final String brokerUrl;
  private final Set<Long> activeVersionIds;
  private final InteractionNames interactionNames;

  /**
   * {@code activeVersionIds}: the provider versions that published any contract or verification;
   * {@code interactionNames}: the interactions of the failed pacts, by id.
   */
  RowExplainer(String brokerUrl, Set<Long> activeVersionIds, InteractionNames interactionNames) {
    this.brokerUrl = brokerUrl;
    this.activeVersionIds = activeVersionIds;
    this.interactionNames = interactionNames;
  }

  RowExplanation explain(MatrixRow row) {
    String consumer = row.consumer().name() + " " + row.consumerVersion().number();
    String provider = row.provider().name();
    MatrixVerification verification = row.verification();
    if (verification != null) {
      String versioned = provider + " " + row.providerVersion().number();
      String when = verifiedWhen(verification);
      if (verification.success()) {
        return new RowExplanation(consumer + " works with " + versioned + ": it verified the pact successfully (" + when + ")", null);
      }
      return new RowExplanation(consumer + " needs " + versioned + " to pass " + failure(row) + " (" + when + ")"
          + pendingNote(verification, row), "fix " + provider + " (or change the contract of " + row.consumer().name()
          + "), then verify the new version: " + treatyVerify(provider, "<new version>"));
    }
    if (row.providerVersion() != null) {
      String versioned = provider + " " + row.providerVersion().number();
      String what = activeVersionIds.contains(row.providerVersion().id())
          ? versioned + " has not verified it"
          : versioned + " has published no contract and no verification result at all (the broker knows only its version number)";
      return new RowExplanation(consumer + " needs " + versioned + " to verify its pact (content " + shortSha(row) + "), but " + what,
          verify(provider, row.providerVersion().number()));
    }
    if (row.provider().kind() == Kind.ENVIRONMENT) {
      return new RowExplanation(consumer + " needs " + provider + ", but no version of " + provider
          + " is currently recorded as deployed or released in " + row.provider().label(),
          "record the deployment: treaty record-deployment --broker " + brokerUrl + " --pacticipant " + provider
              + " --version <version> --environment " + row.provider().label());
    }
    if (row.provider().allVersions()) {
      return new RowExplanation(consumer + " needs " + provider + " to verify its pact (content " + shortSha(row)
          + "), but no version of " + provider + " has verified it", verify(provider, "<version>"));
    }
    return new RowExplanation(consumer + " needs " + provider + ", but there is no " + row.provider().describeNone(),
        verify(provider, "<version>"));
  }

  private String failure(MatrixRow row) {
    Optional<FirstFailure> failure = FirstFailure.of(row.verification().testResults(), id -> interactionNames.of(row.pact().sha(), id));
    if (failure.isEmpty()) {
      return "its pact: it failed (the verifier sent no details of which interaction failed)";
    }
    FirstFailure f = failure.get();
    String more = f.failingInteractions() > 1 ? "; " + (f.failingInteractions() - 1) + " more interaction(s) failed too" : "";
    return f.interaction() + ": it failed" + (f.problem() == null ? "" : ", " + f.problem()) + more;
  }

  private static String pendingNote(MatrixVerification verification, MatrixRow row) {
    return Boolean.TRUE.equals(verification.pending())
        ? "; the pact was pending, so the provider's build passed, but deploying would break " + row.consumer().name()
        : "";
  }

  private static String verifiedWhen(MatrixVerification verification) {
    String day = DAY.format(verification.executedAt());
    return "verified " + day + (verification.buildUrl() == null ? "" : " by build " + verification.buildUrl());
  }

  private static String shortSha(MatrixRow row) {
    String sha = row.pact().sha();
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }

  private String verify(String provider, String version) {
    return "verify it: " + treatyVerify(provider, version);
  }

  private String treatyVerify(String provider, String version) {
    return "treaty verify --broker " + brokerUrl + " --provider " + provider
        + " --provider-base-url <url of " + provider + " " + version + "> --provider-version " + version + " --publish";
  }
}

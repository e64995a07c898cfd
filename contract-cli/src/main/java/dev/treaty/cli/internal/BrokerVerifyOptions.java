package dev.treaty.cli.internal;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerContractSource;
import dev.treaty.broker.client.ConsumerVersionSelector;
import dev.treaty.broker.client.PactsForVerificationQuery;
import dev.treaty.broker.client.ProviderVersion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code treaty verify} that choose pacts from a broker and publish results back. */
public final class BrokerVerifyOptions {
  @Option(names = "--consumer-version-selector", paramLabel = "JSON",
      description = "A consumer version selector, such as '{\"branch\": \"main\"}'; repeatable"
          + " (default: {\"mainBranch\": true} and {\"deployedOrReleased\": true}).")
  private List<String> selectors = List.of();

  @Option(names = "--pact-url", paramLabel = "URL",
      description = "Verify exactly this pact from the broker (the one a webhook names, ${pactbroker.pactUrl}) instead of"
          + " asking which to verify; --publish publishes its result. Credentials as for --broker.")
  private String pactUrl;

  @Option(names = "--enable-pending", description = "Ask the broker which pacts are pending; their failures do not fail the run.")
  private boolean enablePending;

  @Option(names = "--include-wip-pacts-since", paramLabel = "DATE",
      description = "Also verify work-in-progress pacts published since DATE (2024-01-31); needs --provider-branch.")
  private String includeWipPactsSince;

  @Option(names = "--provider-version", paramLabel = "VERSION",
      description = "The provider version being verified, such as the commit SHA; needed by --publish.")
  private String providerVersion;

  @Option(names = "--provider-branch", paramLabel = "BRANCH", description = "The branch of the provider version.")
  private String providerBranch;

  @Option(names = "--provider-tag", paramLabel = "TAG", description = "A tag for the provider version; repeatable.")
  private List<String> providerTags = List.of();

  @Option(names = "--build-url", paramLabel = "URL", description = "The CI build, recorded with the published results.")
  private String buildUrl;

  @Option(names = "--publish", description = "Publish the verification results to the broker.")
  private boolean publish;

  /** The pact URL of {@code --pact-url}, or null. */
  public String pactUrl() {
    return pactUrl;
  }

  /** Fails with a usage error when broker options are given without a broker. */
  public void checkWithoutBroker(CommandLine commandLine) {
    List<String> given = new ArrayList<>();
    if (!selectors.isEmpty()) {
      given.add("--consumer-version-selector");
    }
    if (enablePending) {
      given.add("--enable-pending");
    }
    if (includeWipPactsSince != null) {
      given.add("--include-wip-pacts-since");
    }
    if (publish) {
      given.add("--publish");
    }
    if (!given.isEmpty()) {
      throw new ParameterException(commandLine, String.join(", ", given) + " need a broker; pass --broker URL"
          + " or set the environment variable " + BrokerOptions.URL_VARIABLE);
    }
  }

  /** The broker source for {@code provider}; bad selectors, dates or option combinations are usage errors. */
  public BrokerContractSource source(BrokerClient client, String provider, CommandLine commandLine) {
    if (publish && providerVersion == null) {
      throw new ParameterException(commandLine, "--publish needs --provider-version: the broker records results"
          + " against a provider version; add --provider-version with, for example, the commit SHA");
    }
    if (includeWipPactsSince != null && providerBranch == null && providerTags.isEmpty()) {
      throw new ParameterException(commandLine, "--include-wip-pacts-since needs --provider-branch: the broker"
          + " finds work-in-progress pacts per provider branch");
    }
    if (pactUrl != null) {
      List<String> selecting = new ArrayList<>();
      if (!selectors.isEmpty()) {
        selecting.add("--consumer-version-selector");
      }
      if (enablePending) {
        selecting.add("--enable-pending");
      }
      if (includeWipPactsSince != null) {
        selecting.add("--include-wip-pacts-since");
      }
      if (!selecting.isEmpty()) {
        throw new ParameterException(commandLine, "--pact-url names the pact to verify, so " + String.join(", ", selecting)
            + " would choose nothing; drop " + (selecting.size() == 1 ? "it" : "them") + " or drop --pact-url");
      }
      return BrokerContractSource.forPactUrl(client, provider, pactUrl);
    }
    try {
      return new BrokerContractSource(client, PactsForVerificationQuery.builder(provider)
          .selectors(selectors())
          .providerBranch(providerBranch)
          .providerTags(providerTags)
          .includePendingStatus(enablePending || includeWipPactsSince != null)
          .includeWipPactsSince(includeWipPactsSince)
          .build());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  /** The provider version to publish results as, or null when results are not published. */
  public ProviderVersion publishAs(CommandLine commandLine) {
    if (!publish) {
      return null;
    }
    try {
      return new ProviderVersion(providerVersion, providerBranch, providerTags, buildUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--provider-version: " + e.getMessage());
    }
  }

  private List<ConsumerVersionSelector> selectors() {
    if (selectors.isEmpty()) {
      return ConsumerVersionSelector.defaults();
    }
    return selectors.stream().map(ConsumerVersionSelector::parse).toList();
  }
}

package dev.treaty.junit.provider.internal;

import dev.treaty.broker.client.BrokerConnection;
import dev.treaty.broker.client.ConsumerVersionSelector;
import dev.treaty.broker.client.PactsForVerificationQuery;
import dev.treaty.broker.client.ProviderVersion;
import dev.treaty.junit.provider.ContractBroker;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The validated broker configuration of one provider test class: the annotation first, then the
 * JUnit configuration parameters, then the environment; publishing asked for without a provider
 * version fails here.
 */
record BrokerSettings(BrokerConnection connection, PactsForVerificationQuery query, String pactUrl, ProviderVersion publishAs) {

  static final String URL_KEY = "treaty.broker.url";
  static final String TOKEN_KEY = "treaty.broker.token";
  static final String PACT_URL_KEY = "treaty.broker.pactUrl";
  static final String USERNAME_KEY = "treaty.broker.username";
  static final String PASSWORD_KEY = "treaty.broker.password";
  static final String VERSION_KEY = "treaty.provider.version";
  static final String BRANCH_KEY = "treaty.provider.branch";
  static final String TAGS_KEY = "treaty.provider.tags";
  static final String PUBLISH_KEY = "treaty.verification.publish";

  static BrokerSettings of(String testClass, String provider, ContractBroker broker,
      Function<String, Optional<String>> parameters, Map<String, String> environment) {
    BrokerConnection connection = new BrokerConnection(first(broker.url(), parameters.apply(URL_KEY), null),
        parameters.apply(TOKEN_KEY).orElse(null), parameters.apply(USERNAME_KEY).orElse(null),
        parameters.apply(PASSWORD_KEY).orElse(null)).orElse(BrokerConnection.fromEnvironment(environment));
    if (connection.url() == null) {
      throw new ExtensionConfigurationException("@ContractBroker on " + testClass + " has no broker URL; give"
          + " @ContractBroker(url = \"https://broker.example.com\") or set " + URL_KEY
          + " in junit-platform.properties (or the environment variable " + BrokerConnection.URL_VARIABLE + " or "
          + BrokerConnection.PACT_URL_VARIABLE + ")");
    }
    String version = first(broker.providerVersion(), parameters.apply(VERSION_KEY), null);
    String branch = first(broker.providerBranch(), parameters.apply(BRANCH_KEY), null);
    List<String> tags = broker.providerTags().length > 0 ? List.of(broker.providerTags())
        : parameters.apply(TAGS_KEY).map(BrokerSettings::split).orElse(List.of());
    String pactUrl = parameters.apply(PACT_URL_KEY).map(String::trim).filter(u -> !u.isEmpty()).orElse(null);
    return new BrokerSettings(connection, query(testClass, provider, broker, branch, tags), pactUrl,
        publishAs(testClass, parameters.apply(PUBLISH_KEY), version, branch, tags));
  }

  private static PactsForVerificationQuery query(String testClass, String provider, ContractBroker broker,
      String branch, List<String> tags) {
    try {
      List<ConsumerVersionSelector> selectors = broker.selectors().length == 0 ? ConsumerVersionSelector.defaults()
          : Arrays.stream(broker.selectors()).map(ConsumerVersionSelector::parse).toList();
      String wip = broker.includeWipPactsSince().isBlank() ? null : broker.includeWipPactsSince().trim();
      return PactsForVerificationQuery.builder(provider).selectors(selectors).providerBranch(branch).providerTags(tags)
          .includePendingStatus(broker.enablePending() || wip != null).includeWipPactsSince(wip).build();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@ContractBroker on " + testClass + ": " + e.getMessage()
          + (e.getMessage().contains("provider's branch") ? " with providerBranch or " + BRANCH_KEY : ""), e);
    }
  }

  private static ProviderVersion publishAs(String testClass, Optional<String> publish, String version, String branch,
      List<String> tags) {
    Optional<Boolean> asked = publish.map(String::trim).filter(s -> !s.isEmpty()).map(s -> parseBoolean(testClass, s));
    if (asked.isPresent() && !asked.get()) {
      return null;
    }
    if (version == null) {
      if (asked.isPresent()) {
        throw new ExtensionConfigurationException(testClass + " asks to publish verification results ("
            + PUBLISH_KEY + "=true) but no provider version is configured; the broker records results against a"
            + " provider version: set @ContractBroker(providerVersion = ...) or " + VERSION_KEY
            + " (for example -D" + VERSION_KEY + "=$GIT_COMMIT), or set " + PUBLISH_KEY + "=false");
      }
      return null;
    }
    return new ProviderVersion(version, branch, tags, null);
  }

  private static boolean parseBoolean(String testClass, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ExtensionConfigurationException(PUBLISH_KEY + " is \"" + value + "\" for " + testClass
        + "; write true or false");
  }

  private static String first(String annotation, Optional<String> parameter, String environment) {
    if (!annotation.isBlank()) {
      return annotation.trim();
    }
    Optional<String> value = parameter.map(String::trim).filter(s -> !s.isEmpty());
    if (value.isPresent()) {
      return value.get();
    }
    return environment == null || environment.isBlank() ? null : environment.trim();
  }

  private static List<String> split(String tags) {
    return Arrays.stream(tags.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}

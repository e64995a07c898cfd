package dev.treaty.cli.internal;

import dev.treaty.broker.client.BrokerClient;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every broker command shares ({@code --broker}, {@code --token}), with their environment variables. */
public final class BrokerOptions {
  /** Environment variable read when {@code --broker} is absent. */
  public static final String URL_VARIABLE = "TREATY_BROKER_URL";
  /** Environment variable read when {@code --token} is absent. */
  public static final String TOKEN_VARIABLE = "TREATY_BROKER_TOKEN";

  @Option(names = "--broker", paramLabel = "URL",
      description = "The broker's base URL (default: the environment variable " + URL_VARIABLE + ").")
  private String url;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token for the broker (default: the environment variable " + TOKEN_VARIABLE + ").")
  private String token;

  /** Whether {@code --broker} was given on the command line. */
  public boolean given() {
    return url != null;
  }

  /** The broker URL from {@code --broker}, else from the environment, else null. */
  public String url(Map<String, String> environment) {
    if (url != null) {
      return url;
    }
    String fromEnvironment = environment.get(URL_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
  }

  /** A client for the broker; a missing or malformed URL is a usage error. */
  public BrokerClient client(Map<String, String> environment, CommandLine commandLine) {
    String brokerUrl = url(environment);
    if (brokerUrl == null) {
      throw new ParameterException(commandLine, "no broker URL; pass --broker https://broker.example.com or set the"
          + " environment variable " + URL_VARIABLE);
    }
    String bearer = token != null ? token : environment.get(TOKEN_VARIABLE);
    try {
      return BrokerClient.builder(brokerUrl).token(bearer).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--broker: " + e.getMessage());
    }
  }
}

package dev.treaty.cli.internal;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerConnection;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every broker command shares, under Treaty's names and the Pact CLI's ({@code
 * --broker-base-url}, {@code --broker-token}, {@code --broker-username}, {@code --broker-password}),
 * each falling back to its environment variable ({@link BrokerConnection}: {@code TREATY_BROKER_*},
 * then {@code PACT_BROKER_*}), so a Pact script ports unchanged.
 */
public final class BrokerOptions {
  /** Environment variable read when {@code --broker} is absent. */
  public static final String URL_VARIABLE = BrokerConnection.URL_VARIABLE;

  @Option(names = {"--broker", "--broker-base-url", "-b"}, paramLabel = "URL",
      description = "The broker's base URL (default: the environment variable " + BrokerConnection.URL_VARIABLE
          + ", else " + BrokerConnection.PACT_URL_VARIABLE + ").")
  private String url;

  @Option(names = {"--token", "--broker-token", "-k"}, paramLabel = "TOKEN",
      description = "Token for the broker, sent as Bearer (default: " + BrokerConnection.TOKEN_VARIABLE + ", else "
          + BrokerConnection.PACT_TOKEN_VARIABLE + ").")
  private String token;

  @Option(names = {"--broker-username", "-u"}, paramLabel = "NAME",
      description = "Basic auth user name (default: " + BrokerConnection.USERNAME_VARIABLE + ", else "
          + BrokerConnection.PACT_USERNAME_VARIABLE + "); a Treaty broker takes any name with the token as the password.")
  private String username;

  @Option(names = {"--broker-password", "-p"}, paramLabel = "PASSWORD",
      description = "Basic auth password (default: " + BrokerConnection.PASSWORD_VARIABLE + ", else "
          + BrokerConnection.PACT_PASSWORD_VARIABLE + ").")
  private String password;

  /** Whether {@code --broker} was given on the command line. */
  public boolean given() {
    return url != null;
  }

  /** The broker URL from {@code --broker}, else from the environment, else null. */
  public String url(Map<String, String> environment) {
    return connection(environment).url();
  }

  /** A client for the broker; a missing or malformed URL, or conflicting credentials, are usage errors. */
  public BrokerClient client(Map<String, String> environment, CommandLine commandLine) {
    BrokerConnection connection = connection(environment);
    if (connection.url() == null) {
      throw new ParameterException(commandLine, "no broker URL; pass --broker https://broker.example.com or set the"
          + " environment variable " + BrokerConnection.URL_VARIABLE + " (or " + BrokerConnection.PACT_URL_VARIABLE + ")");
    }
    try {
      return connection.clientBuilder().build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  /** A client for the broker at {@code fallbackUrl} when neither {@code --broker} nor the environment names one. */
  public BrokerClient client(Map<String, String> environment, CommandLine commandLine, String fallbackUrl) {
    BrokerConnection connection = connection(environment).orElse(new BrokerConnection(fallbackUrl, null, null, null));
    try {
      return connection.clientBuilder().build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  private BrokerConnection connection(Map<String, String> environment) {
    return new BrokerConnection(url, token, username, password).orElse(BrokerConnection.fromEnvironment(environment));
  }
}

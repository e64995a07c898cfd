package dev.treaty.broker.client;

import java.util.Map;

/**
 * Where a broker is and how to authenticate to it, as every Treaty client reads it: from explicit
 * settings first, then from the environment, where Treaty's variables win over the Pact
 * conventions so a team switching from Pact changes nothing in its CI:
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>setting</th><th>Treaty</th><th>Pact</th></tr>
 *   <tr><td>url</td><td>{@code TREATY_BROKER_URL}</td><td>{@code PACT_BROKER_BASE_URL}</td></tr>
 *   <tr><td>token</td><td>{@code TREATY_BROKER_TOKEN}</td><td>{@code PACT_BROKER_TOKEN}</td></tr>
 *   <tr><td>username</td><td>{@code TREATY_BROKER_USERNAME}</td><td>{@code PACT_BROKER_USERNAME}</td></tr>
 *   <tr><td>password</td><td>{@code TREATY_BROKER_PASSWORD}</td><td>{@code PACT_BROKER_PASSWORD}</td></tr>
 * </table>
 *
 * <p>A token is sent as {@code Authorization: Bearer}; a username and password as Basic (a Treaty
 * broker takes a token as the password, with any username). Giving both is refused, as the Pact
 * CLI does. Any field may be null.
 */
public record BrokerConnection(String url, String token, String username, String password) {
  public static final String URL_VARIABLE = "TREATY_BROKER_URL";
  public static final String TOKEN_VARIABLE = "TREATY_BROKER_TOKEN";
  public static final String USERNAME_VARIABLE = "TREATY_BROKER_USERNAME";
  public static final String PASSWORD_VARIABLE = "TREATY_BROKER_PASSWORD";
  public static final String PACT_URL_VARIABLE = "PACT_BROKER_BASE_URL";
  public static final String PACT_TOKEN_VARIABLE = "PACT_BROKER_TOKEN";
  public static final String PACT_USERNAME_VARIABLE = "PACT_BROKER_USERNAME";
  public static final String PACT_PASSWORD_VARIABLE = "PACT_BROKER_PASSWORD";

  public BrokerConnection {
    url = blankToNull(url);
    token = blankToNull(token);
    username = blankToNull(username);
    password = password == null || password.isEmpty() ? null : password;
  }

  /** The settings in {@code environment}: each Treaty variable, else its Pact counterpart. */
  public static BrokerConnection fromEnvironment(Map<String, String> environment) {
    return new BrokerConnection(
        either(environment, URL_VARIABLE, PACT_URL_VARIABLE),
        either(environment, TOKEN_VARIABLE, PACT_TOKEN_VARIABLE),
        either(environment, USERNAME_VARIABLE, PACT_USERNAME_VARIABLE),
        either(environment, PASSWORD_VARIABLE, PACT_PASSWORD_VARIABLE));
  }

  /**
   * These settings, each missing one taken from {@code fallback}. Credentials go together: when
   * this has a token or a username, none of the fallback's credentials are taken.
   */
  public BrokerConnection orElse(BrokerConnection fallback) {
    boolean ownCredentials = token != null || username != null;
    return new BrokerConnection(url != null ? url : fallback.url,
        ownCredentials ? token : fallback.token,
        ownCredentials ? username : fallback.username,
        ownCredentials ? password : fallback.password);
  }

  /**
   * A client builder for {@link #url()} with these credentials.
   *
   * @throws IllegalArgumentException when there is no URL, when it is not an http(s) URL, when both
   *     a token and a username are given, or a username without a password; the message says which
   */
  public BrokerClient.Builder clientBuilder() {
    if (url == null) {
      throw new IllegalArgumentException("no broker URL; set " + URL_VARIABLE + " or " + PACT_URL_VARIABLE);
    }
    if (token != null && username != null) {
      throw new IllegalArgumentException("give a broker token or a username and password, not both (the token is "
          + "sent as Bearer; a Treaty broker also takes it as the Basic password)");
    }
    if (username != null && password == null) {
      throw new IllegalArgumentException("a broker username needs a password (" + PASSWORD_VARIABLE + " or "
          + PACT_PASSWORD_VARIABLE + ")");
    }
    BrokerClient.Builder builder = BrokerClient.builder(url);
    if (token != null) {
      builder.token(token);
    } else if (username != null) {
      builder.basicAuth(username, password);
    }
    return builder;
  }

  /** No password, no token: for messages and logs. */
  @Override
  public String toString() {
    return "BrokerConnection[url=" + url + ", token=" + (token == null ? "-" : "***") + ", username="
        + (username == null ? "-" : username) + ", password=" + (password == null ? "-" : "***") + "]";
  }

  private static String either(Map<String, String> environment, String treaty, String pact) {
    String value = blankToNull(environment.get(treaty));
    return value != null ? value : blankToNull(environment.get(pact));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

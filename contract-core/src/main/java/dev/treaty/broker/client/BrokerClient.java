package dev.treaty.broker.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.TreatyVersion;
import dev.treaty.broker.client.internal.DeploymentCalls;
import dev.treaty.broker.client.internal.EnvironmentCalls;
import dev.treaty.broker.client.internal.HalHttp;
import dev.treaty.broker.client.internal.HalHttp.Answer;
import dev.treaty.broker.client.internal.HalLinks;
import dev.treaty.broker.client.internal.MatrixCalls;
import dev.treaty.broker.client.internal.TokenCalls;
import dev.treaty.broker.client.internal.RequestBodies;
import dev.treaty.broker.client.internal.ResponseBodies;
import dev.treaty.contract.internal.JsonMappers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Talks to a Pact Broker (Treaty's or the Pact Foundation's) over its HAL API: publishes pacts,
 * fetches the pacts a provider must verify, publishes verification results, keeps environments,
 * records deployments and releases, and asks the matrix (can-i-deploy). Every URL is
 * found by following links from the broker's index, so the client works with any broker that
 * speaks the Pact Broker API.
 *
 * <pre>{@code
 * try (BrokerClient broker = BrokerClient.builder("https://broker.example.com").token(token).build()) {
 *   broker.publish(new ContractPublication("order-web", "1.2.3", "main", List.of(), null,
 *       List.of(new ContractPublication.Pact("order-service", pactJson))))
 *     .forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A 503 answer is retried (three times by default), waiting as {@code Retry-After} says. Every
 * other refusal throws a {@link BrokerException} naming the request and the broker's errors.
 * Instances are thread-safe; {@link #close()} releases the HTTP client's threads.
 */
public final class BrokerClient implements AutoCloseable {
  private final String baseUrl;
  private final HalHttp http;
  private final Set<String> providerVersionsLabelled = ConcurrentHashMap.newKeySet();
  private final EnvironmentCalls environments;
  private final DeploymentCalls deployments;
  private final MatrixCalls matrix;
  private final TokenCalls tokens;
  private volatile JsonNode index;

  private BrokerClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.http = new HalHttp(builder.authorization, builder.connectTimeout, builder.timeout, builder.retries);
    this.environments = new EnvironmentCalls(http, baseUrl, this::index);
    this.deployments = new DeploymentCalls(http, baseUrl, this::index, environments);
    this.matrix = new MatrixCalls(http, baseUrl, this::index);
    this.tokens = new TokenCalls(http, baseUrl);
  }

  /** A builder for the broker at {@code baseUrl}, such as {@code https://broker.example.com}. */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /** The broker's base URL, as given. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Publishes the pacts of one consumer version ({@code pb:publish-contracts}) and returns the
   * broker's notices (such as "Pact successfully published for ...").
   *
   * @throws BrokerException when the broker refuses, e.g. with 409 because a pact of that consumer
   *     version changed; the message carries the broker's errors and error notices
   */
  public List<Notice> publish(ContractPublication publication) {
    String url = link(index(), baseUrl, "pb:publish-contracts", Map.of(),
        "it needs Pact Broker 2.86 or later (or Treaty's broker)");
    Answer answer = http.send("POST", url, RequestBodies.publish(publication));
    if (!answer.ok()) {
      throw HalHttp.failure("POST", url, answer, "the pacts of " + publication.consumer() + " version "
          + publication.consumerVersion() + " were not published");
    }
    return ResponseBodies.publishNotices(answer.body());
  }

  /**
   * The pacts {@code query.provider()} must verify ({@code pb:provider-pacts-for-verification});
   * empty when the broker knows no such provider.
   */
  public List<PactForVerification> pactsForVerification(PactsForVerificationQuery query) {
    JsonNode index = index();
    String rel = HalLinks.href(index, "pb:provider-pacts-for-verification").isPresent()
        ? "pb:provider-pacts-for-verification" : "beta:provider-pacts-for-verification";
    String url = link(index, baseUrl, rel, Map.of("provider", query.provider()),
        "it needs Pact Broker 2.60 or later (or Treaty's broker)");
    Answer answer = http.send("POST", url, RequestBodies.pactsForVerification(query));
    if (answer.status() == 404) {
      return List.of();
    }
    try {
      return ResponseBodies.pactsForVerification(HalHttp.expectOk("POST", url, answer), url);
    } catch (IllegalStateException e) {
      throw new BrokerException(e.getMessage(), e);
    }
  }

  /** Fetches the pact at {@code url} (such as {@link PactForVerification#url()}). */
  public BrokerPact fetchPact(String url) {
    JsonNode pact = http.get(url);
    return new BrokerPact(url, pact.toString(),
        HalLinks.href(pact, "pb:publish-verification-results").map(h -> HalLinks.resolve(url, h, Map.of())).orElse(null),
        HalLinks.href(pact, "pb:provider").map(h -> HalLinks.resolve(url, h, Map.of())).orElse(null));
  }

  /**
   * Publishes the results of verifying {@code pact}: first gives the provider version its branch
   * and tags (through the pact's {@code pb:provider} resource), then POSTs the results to the
   * pact's {@code pb:publish-verification-results} link. Returns the URL of the recorded result
   * (empty when the broker gave none).
   */
  public String publishVerificationResults(BrokerPact pact, VerificationResults results) {
    if (pact.publishResultsUrl() == null) {
      throw new BrokerException("the pact at " + pact.url() + " has no pb:publish-verification-results link,"
          + " so its results cannot be published; fetch it from a broker's pact URL", null);
    }
    labelProviderVersion(pact, results.providerVersion());
    JsonNode answer = http.post(pact.publishResultsUrl(),
        RequestBodies.verificationResults(results, TreatyVersion.current()));
    return HalLinks.href(answer, "self").orElse("");
  }

  /**
   * Creates an access token on a Treaty broker with access control on (this client's token must be
   * an admin's); the answer's {@link AccessToken#secret()} is the only copy of the new token.
   *
   * @param role {@code read}, {@code write} or {@code admin}
   * @param expiresIn how long it works, or null for no expiry
   */
  public AccessToken createToken(String name, String role, Duration expiresIn) {
    return tokens.create(name, role, expiresIn);
  }

  /** Every access token of a Treaty broker, newest first, revoked ones included, without secrets (admin only). */
  public List<AccessToken> tokens() {
    return tokens.list();
  }

  /** The broker's list of access tokens as it sent it (JSON), for output that passes it on. */
  public String tokensJson() {
    return tokens.listJson().toString();
  }

  /** Revokes the access token {@code id}; it stops working at once (admin only). */
  public AccessToken revokeToken(String id) {
    return tokens.revoke(id);
  }

  /** Every environment the broker knows ({@code pb:environments}). */
  public List<Environment> environments() {
    return environments.list();
  }

  /** The broker's list of environments as it sent it (JSON), for output that passes it on. */
  public String environmentsJson() {
    return environments.listJson().toString();
  }

  /**
   * The environment called {@code name}.
   *
   * @throws BrokerException (status 404) naming the environments the broker does know when it has none by that name
   */
  public Environment environment(String name) {
    return environments.named(name);
  }

  /** The environment with the broker's id {@code uuid}. */
  public Environment environmentByUuid(String uuid) {
    return environments.byUuid(uuid);
  }

  /** Creates {@code environment} (its uuid is ignored) and returns it as the broker stored it. */
  public Environment createEnvironment(Environment environment) {
    return environments.create(environment);
  }

  /** Replaces name, display name, production flag and contacts of the environment {@code uuid}. */
  public Environment updateEnvironment(String uuid, Environment environment) {
    return environments.update(uuid, environment);
  }

  /**
   * Records that {@code version} of {@code pacticipant} is deployed to the environment called
   * {@code environment}, replacing the current deployment of the same application instance
   * ({@code applicationInstance} may be null). The result carries the broker's notices.
   */
  public Deployment recordDeployment(String pacticipant, String version, String environment, String applicationInstance) {
    return deployments.record("deployed", pacticipant, version, environment, applicationInstance);
  }

  /** Records that {@code version} of {@code pacticipant} is released (and supported) in {@code environment}. */
  public Deployment recordRelease(String pacticipant, String version, String environment) {
    return deployments.record("released", pacticipant, version, environment, null);
  }

  /**
   * Records that {@code pacticipant} is no longer deployed in {@code environment}: every current
   * deployment of it there, or only that of {@code applicationInstance} when it is not null.
   * Returns what was undeployed.
   *
   * @throws BrokerException when nothing matching is deployed there, naming what is
   */
  public List<Deployment> recordUndeployment(String pacticipant, String environment, String applicationInstance) {
    return deployments.undeploy(pacticipant, environment, applicationInstance);
  }

  /**
   * Records that the release of {@code version} in {@code environment} is no longer supported.
   *
   * @throws BrokerException when that version is not released and supported there, naming what is
   */
  public List<Deployment> recordSupportEnded(String pacticipant, String version, String environment) {
    return deployments.endSupport(pacticipant, version, environment);
  }

  /**
   * Asks the matrix ({@code GET /matrix}) whether the selected versions can be deployed to the
   * query's target (can-i-deploy), or, without a target, what their verifications say.
   */
  public MatrixAnswer matrix(MatrixQuery query) {
    return matrix.matrix(query);
  }

  /**
   * What the broker knows of one version: branches, tags and where it is deployed or released.
   *
   * @throws BrokerException (status 404) when the broker has no such version
   */
  public VersionDescription describeVersion(String pacticipant, String version) {
    return matrix.describe(pacticipant, version);
  }

  private void labelProviderVersion(BrokerPact pact, ProviderVersion version) {
    if (version.branch() == null && version.tags().isEmpty()) {
      return;
    }
    if (pact.providerUrl() == null) {
      throw new BrokerException("the pact at " + pact.url() + " has no pb:provider link, so provider version "
          + version.number() + " cannot be given its branch and tags", null);
    }
    String key = pact.providerUrl() + "\u0000" + version;
    if (providerVersionsLabelled.contains(key)) {
      return;
    }
    JsonNode provider = http.get(pact.providerUrl());
    if (version.branch() != null) {
      http.put(link(provider, pact.providerUrl(), "pb:branch-version",
          Map.of("branch", version.branch(), "version", version.number()), ""), JsonMappers.DATA.createObjectNode());
    }
    for (String tag : version.tags()) {
      http.put(link(provider, pact.providerUrl(), "pb:version-tag",
          Map.of("version", version.number(), "tag", tag), ""), JsonMappers.DATA.createObjectNode());
    }
    providerVersionsLabelled.add(key);
  }

  private JsonNode index() {
    JsonNode cached = index;
    if (cached == null) {
      cached = http.get(baseUrl);
      index = cached;
    }
    return cached;
  }

  private static String link(JsonNode document, String documentUrl, String rel, Map<String, String> values,
      String hint) {
    return HalLinks.required(document, documentUrl, rel, values, hint);
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    http.close();
  }

  /** Collects the settings of a {@link BrokerClient}. */
  public static final class Builder {
    private final String baseUrl;
    private String authorization;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(30);
    private int retries = 3;

    private Builder(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      URI uri;
      try {
        uri = URI.create(baseUrl.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("broker URL is not a URL: " + baseUrl, e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("broker URL is not an http(s) URL with a host: " + baseUrl
            + "; write it like https://broker.example.com");
      }
      String text = baseUrl.trim();
      this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** Sends {@code Authorization: Bearer <token>}; a null or blank token sends nothing. */
    public Builder token(String token) {
      this.authorization = token == null || token.isBlank() ? null : "Bearer " + token.trim();
      return this;
    }

    /** Sends HTTP Basic credentials with every request (preemptively). */
    public Builder basicAuth(String username, String password) {
      String pair = Objects.requireNonNull(username, "username") + ":" + Objects.requireNonNull(password, "password");
      this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** The longest one request may take (default 30 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** The longest connecting may take (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How often a 503 answer is retried (default 3; 0 turns retries off). */
    public Builder retries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("retries must not be negative: " + retries);
      }
      this.retries = retries;
      return this;
    }

    public BrokerClient build() {
      return new BrokerClient(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}

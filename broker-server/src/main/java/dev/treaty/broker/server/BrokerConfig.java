package dev.treaty.broker.server;

import dev.treaty.broker.internal.access.AccessSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a {@link TreatyBroker} runs: where it listens, where it keeps its data and its limits.
 *
 * <p>Without a database URL the broker keeps everything in an embedded H2 database in file mode
 * under {@link #dataDir()}; with one (PostgreSQL in production) it uses that database instead.
 * Build one with {@link #builder()}; every field has a working default.
 */
public record BrokerConfig(
    String host,
    int port,
    Path dataDir,
    Optional<String> dbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<String> dbSchema,
    Optional<URI> baseUrl,
    int maxPoolSize,
    Duration poolWaitTimeout,
    long maxBodyBytes,
    OptionalLong bodyMemoryBudget,
    boolean allowContractModification,
    boolean trustProxy,
    Optional<String> adminToken,
    boolean publicRead,
    Duration statementTimeout) {

  /** The port a broker listens on by default, the Pact Broker's. */
  public static final int DEFAULT_PORT = 9292;

  /** How long one SQL statement may run by default before the database cancels it. */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);

  public BrokerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(dbUrl, "dbUrl");
    Objects.requireNonNull(dbUser, "dbUser");
    Objects.requireNonNull(dbPassword, "dbPassword");
    Objects.requireNonNull(dbSchema, "dbSchema");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(poolWaitTimeout, "poolWaitTimeout");
    Objects.requireNonNull(bodyMemoryBudget, "bodyMemoryBudget");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 picks a free port): " + port);
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
    }
    if (statementTimeout.isNegative() || !statementTimeout.isZero() && statementTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("statementTimeout must be at least 1 ms, or 0 for none: " + statementTimeout);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
    }
    if (bodyMemoryBudget.isPresent() && bodyMemoryBudget.getAsLong() < 1024) {
      throw new IllegalArgumentException("bodyMemoryBudget must be at least 1024: " + bodyMemoryBudget.getAsLong());
    }
    access(adminToken, publicRead); // refuses a short admin token now, not at the first request
  }

  /** Who may do what: off unless an admin token is set. */
  public AccessSettings access() {
    return access(adminToken, publicRead);
  }

  private static AccessSettings access(Optional<String> adminToken, boolean publicRead) {
    return new AccessSettings(adminToken.orElse(null), publicRead);
  }

  /** Secrets (the database password, the admin token) are masked. */
  @Override
  public String toString() {
    return "BrokerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl.orElse("-")
        + ", dbUser=" + dbUser.orElse("-") + ", dbPassword=" + (dbPassword.isPresent() ? "***" : "-")
        + ", dbSchema=" + dbSchema.orElse("-") + ", baseUrl=" + baseUrl.map(URI::toString).orElse("-")
        + ", maxPoolSize=" + maxPoolSize + ", poolWaitTimeout=" + poolWaitTimeout + ", maxBodyBytes=" + maxBodyBytes
        + ", bodyMemoryBudget=" + (bodyMemoryBudget.isPresent() ? bodyMemoryBudget.getAsLong() : "-")
        + ", allowContractModification=" + allowContractModification + ", trustProxy=" + trustProxy
        + ", adminToken=" + (adminToken.isPresent() ? "***" : "-") + ", publicRead=" + publicRead + "]";
  }

  /** A builder with the defaults: port 9292, data in {@code ./treaty-data}, pool of 10. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this configuration. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.host = host;
    builder.port = port;
    builder.dataDir = dataDir;
    builder.dbUrl = dbUrl.orElse(null);
    builder.dbUser = dbUser.orElse(null);
    builder.dbPassword = dbPassword.orElse(null);
    builder.dbSchema = dbSchema.orElse(null);
    builder.baseUrl = baseUrl.orElse(null);
    builder.maxPoolSize = maxPoolSize;
    builder.poolWaitTimeout = poolWaitTimeout;
    builder.maxBodyBytes = maxBodyBytes;
    builder.bodyMemoryBudget = bodyMemoryBudget;
    builder.allowContractModification = allowContractModification;
    builder.trustProxy = trustProxy;
    builder.adminToken = adminToken.orElse(null);
    builder.publicRead = publicRead;
    builder.statementTimeout = statementTimeout;
    return builder;
  }

  /** Builds a {@link BrokerConfig}; every setter is optional. */
  public static final class Builder {
    private String host = "0.0.0.0";
    private int port = DEFAULT_PORT;
    private Path dataDir = Path.of("treaty-data");
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private String dbSchema;
    private URI baseUrl;
    private int maxPoolSize = 10;
    private Duration poolWaitTimeout = Duration.ofSeconds(2);
    private long maxBodyBytes = 10L * 1024 * 1024;
    private OptionalLong bodyMemoryBudget = OptionalLong.empty();
    private boolean allowContractModification;
    private boolean trustProxy;
    private String adminToken;
    private boolean publicRead;
    private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;

    private Builder() {}

    /** The interface to listen on; default all interfaces. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port to listen on; 0 picks a free one (see {@link TreatyBroker#port()}). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Where the embedded database lives when no database URL is given. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** A JDBC URL (PostgreSQL in production); null keeps the embedded database. */
    public Builder dbUrl(String dbUrl) {
      this.dbUrl = blankToNull(dbUrl);
      return this;
    }

    public Builder dbUser(String dbUser) {
      this.dbUser = blankToNull(dbUser);
      return this;
    }

    public Builder dbPassword(String dbPassword) {
      this.dbPassword = blankToNull(dbPassword);
      return this;
    }

    /** A database schema to keep the broker's tables in (created when missing). */
    public Builder dbSchema(String dbSchema) {
      this.dbSchema = blankToNull(dbSchema);
      return this;
    }

    /** The URL clients reach the broker at, for links behind a proxy; default from each request. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The most database connections the broker holds. */
    public Builder maxPoolSize(int maxPoolSize) {
      this.maxPoolSize = maxPoolSize;
      return this;
    }

    /** How long a request waits for a free connection before it gets 503 with Retry-After. */
    public Builder poolWaitTimeout(Duration poolWaitTimeout) {
      this.poolWaitTimeout = poolWaitTimeout;
      return this;
    }

    /** The largest request body accepted; larger ones get 413. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The most bytes of request bodies processed at once (a body that does not fit waits briefly,
     * then gets 503 with Retry-After); default 1/16 of the maximum heap. Bodies larger than the whole
     * budget get 413.
     */
    public Builder bodyMemoryBudget(long bytes) {
      this.bodyMemoryBudget = OptionalLong.of(bytes);
      return this;
    }

    /** Allows changing the content of an already published consumer version's pact (else 409). */
    public Builder allowContractModification(boolean allow) {
      this.allowContractModification = allow;
      return this;
    }

    /**
     * Whether links follow {@code X-Forwarded-Proto/Host/Port/Prefix} (and {@code Host}); only
     * behind a proxy that sets them. Without it (and without a base URL) links use the address the
     * connection reached. A configured base URL always wins.
     */
    public Builder trustProxy(boolean trust) {
      this.trustProxy = trust;
      return this;
    }

    /**
     * Turns access control on: requests need a token (Bearer, or Basic with the token as the
     * password); this one is the bootstrap admin that creates the others. Null or blank: off.
     */
    public Builder adminToken(String adminToken) {
      this.adminToken = blankToNull(adminToken);
      return this;
    }

    /** With access control on, lets reads through without a token (writes still need one). */
    public Builder publicRead(boolean publicRead) {
      this.publicRead = publicRead;
      return this;
    }

    /**
     * How long one SQL statement may run before the database cancels it (the request then gets
     * 503 with {@code Retry-After}); {@link Duration#ZERO} for no limit. Default 10 s.
     */
    public Builder statementTimeout(Duration statementTimeout) {
      this.statementTimeout = statementTimeout;
      return this;
    }

    public BrokerConfig build() {
      return new BrokerConfig(
          host,
          port,
          dataDir,
          Optional.ofNullable(dbUrl),
          Optional.ofNullable(dbUser),
          Optional.ofNullable(dbPassword),
          Optional.ofNullable(dbSchema),
          Optional.ofNullable(baseUrl),
          maxPoolSize,
          poolWaitTimeout,
          maxBodyBytes,
          bodyMemoryBudget,
          allowContractModification,
          trustProxy,
          Optional.ofNullable(adminToken),
          publicRead,
          statementTimeout);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }
}

package dev.treaty.broker.server;

import dev.treaty.TreatyVersion;
import dev.treaty.broker.internal.ops.OutOfMemoryExit;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar treaty-broker.jar}: starts a broker and serves until SIGTERM/SIGINT, then
 * stops cleanly (in-flight requests finish, the database is closed, the last log line is
 * "Treaty broker stopped") and exits with the JVM's status for a signal, 143 for SIGTERM. A
 * damaged database ({@link DamagedStoreException}) fails the start with its one-line message and
 * status 1; an out-of-memory error stops the process at once with status 3
 * ({@code OutOfMemoryExit}). Every option can also come from an environment variable, named in
 * its help.
 */
@Command(
    name = "treaty-broker",
    mixinStandardHelpOptions = true,
    versionProvider = BrokerMain.Version.class,
    description = "Runs the Treaty broker. Without --db-url it keeps its data in an embedded database under --data-dir.")
public final class BrokerMain implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerMain.class);

  @Option(names = "--port", defaultValue = "${env:TREATY_PORT:-9292}", description = "Port to listen on (env TREATY_PORT; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "${env:TREATY_HOST:-0.0.0.0}", description = "Interface to listen on (env TREATY_HOST; default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--data-dir", defaultValue = "${env:TREATY_DATA_DIR:-treaty-data}", description = "Directory of the embedded database (env TREATY_DATA_DIR; default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db-url", defaultValue = "${env:TREATY_DB_URL}", description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://db:5432/treaty (env TREATY_DB_URL).")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "${env:TREATY_DB_USER}", description = "Database user (env TREATY_DB_USER).")
  String dbUser;

  @Option(names = "--db-password", defaultValue = "${env:TREATY_DB_PASSWORD}", description = "Database password (env TREATY_DB_PASSWORD).")
  String dbPassword;

  @Option(names = "--db-schema", defaultValue = "${env:TREATY_DB_SCHEMA}", description = "Database schema for the broker's tables (env TREATY_DB_SCHEMA; default the user's).")
  String dbSchema;

  @Option(names = "--db-pool-size", defaultValue = "${env:TREATY_DB_POOL_SIZE:-10}", description = "Most database connections held (env TREATY_DB_POOL_SIZE; default ${DEFAULT-VALUE}).")
  int poolSize;

  @Option(names = "--db-pool-wait", defaultValue = "${env:TREATY_DB_POOL_WAIT:-PT2S}", description = "How long a request waits for a connection before 503 (ISO-8601, env TREATY_DB_POOL_WAIT; default ${DEFAULT-VALUE}).")
  Duration poolWait;

  @Option(names = "--statement-timeout", defaultValue = "${env:TREATY_STATEMENT_TIMEOUT:-PT10S}", description = "How long one database statement may run before it is cancelled and the request gets 503; PT0S for no limit (ISO-8601, env TREATY_STATEMENT_TIMEOUT; default ${DEFAULT-VALUE}).")
  Duration statementTimeout;

  @Option(names = "--base-url", defaultValue = "${env:TREATY_BASE_URL}", description = "URL clients reach the broker at, for links behind a proxy (env TREATY_BASE_URL).")
  URI baseUrl;

  @Option(names = "--max-body-bytes", defaultValue = "${env:TREATY_MAX_BODY_BYTES:-10485760}", description = "Largest request body accepted (env TREATY_MAX_BODY_BYTES; default ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--body-memory-budget", defaultValue = "${env:TREATY_BODY_MEMORY_BUDGET}", description = "Most bytes of request bodies processed at once; a body that does not fit waits up to 5 s, then gets 503 (env TREATY_BODY_MEMORY_BUDGET; default 1/16 of the maximum heap).")
  Long bodyMemoryBudget;

  @Option(names = "--allow-contract-modification", defaultValue = "${env:TREATY_ALLOW_CONTRACT_MODIFICATION:-false}", description = "Allow changing the pact of an already published consumer version (env TREATY_ALLOW_CONTRACT_MODIFICATION; default ${DEFAULT-VALUE}).")
  boolean allowContractModification;

  @Option(names = "--trust-proxy", defaultValue = "${env:TREATY_TRUST_PROXY:-false}", description = "Build links from X-Forwarded-Proto/Host/Port/Prefix and Host; only behind a proxy that sets them (env TREATY_TRUST_PROXY; default ${DEFAULT-VALUE}; --base-url wins).")
  boolean trustProxy;

  @Option(names = "--admin-token", defaultValue = "${env:TREATY_ADMIN_TOKEN}", description = "Turns access control on: every request needs a token, and this one is the admin that creates the others (treaty token create); at least 16 characters (env TREATY_ADMIN_TOKEN).")
  String adminToken;

  @Option(names = "--public-read", defaultValue = "${env:TREATY_PUBLIC_READ:-false}", description = "With --admin-token, reads need no token; writes still do (env TREATY_PUBLIC_READ; default ${DEFAULT-VALUE}).")
  boolean publicRead;

  public static void main(String[] args) {
    int exit = new CommandLine(new BrokerMain()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    BrokerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      LOG.error("Cannot start: {}", e.getMessage());
      return 2;
    }
    return serve(config);
  }

  private BrokerConfig config() {
    BrokerConfig.Builder builder = BrokerConfig.builder()
        .host(host)
        .port(port)
        .dataDir(dataDir)
        .dbUrl(dbUrl)
        .dbUser(dbUser)
        .dbPassword(dbPassword)
        .dbSchema(dbSchema)
        .baseUrl(baseUrl)
        .maxPoolSize(poolSize)
        .poolWaitTimeout(poolWait)
        .statementTimeout(statementTimeout)
        .maxBodyBytes(maxBodyBytes)
        .allowContractModification(allowContractModification)
        .trustProxy(trustProxy)
        .adminToken(adminToken)
        .publicRead(publicRead);
    if (bodyMemoryBudget != null) {
      builder.bodyMemoryBudget(bodyMemoryBudget);
    }
    return builder.build();
  }

  private Integer serve(BrokerConfig config) throws InterruptedException {
    OutOfMemoryExit.install();
    TreatyBroker broker;
    try {
      broker = TreatyBroker.start(config);
    } catch (DamagedStoreException e) {
      LOG.error(e.getMessage()); // one line, what and what to do; the stack trace would only bury it
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Treaty broker stopping: finishing requests in flight");
      broker.close();
      LOG.info("Treaty broker stopped");
      stopped.countDown();
    }, "treaty-broker-shutdown"));
    LOG.info("Treaty broker listening on port {} ({})", broker.port(),
        config.dbUrl().map(url -> "database " + url).orElse("embedded database in " + config.dataDir().toAbsolutePath()));
    if (config.access().enabled()) {
      LOG.info("Access control on: requests need a token{}", config.publicRead() ? ", except reads (--public-read)" : "");
    } else {
      LOG.warn("Access control off: anyone who can reach port {} can read and write; start with --admin-token to turn it on", broker.port());
    }
    stopped.await();
    return 0;
  }

  /** Answers {@code --version} with the Treaty version built into contract-core. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"treaty-broker " + TreatyVersion.current()};
    }
  }
}

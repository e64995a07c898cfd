package dev.treaty.benchmarks.broker;

import dev.treaty.pact.PactDocument;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the {@link History} into the broker's tables, one bulk stream per table in foreign-key
 * order, with the invariants the broker's reads rely on: ids and {@code version_order} in creation
 * order (one sequence across pacticipants), the branch head as the newest {@code branch_versions}
 * row, revision 1 for every publication, one content row per digest, one pact version per
 * (consumer, provider, digest), one current deployment per (pacticipant, environment, instance),
 * and verification ids in time order (the latest result of a content by a provider version is the
 * highest id). Identity columns and {@code version_order_seq} are moved past what was written.
 */
final class SeedTables {
  /** Every table written with explicit ids, whose identity must continue after them. */
  static final List<String> IDENTITY_TABLES = List.of("pacticipants", "versions", "branches", "branch_versions", "tags",
      "deployed_versions", "released_versions", "pact_versions", "pact_publications", "verifications");

  private final History history;
  private final Organisation organisation;
  private final Contents contents;
  private final Connection connection;
  private final Map<String, Long> environments;
  /** Per consumer, its providers; per provider, its consumers (each pair numbered once). */
  private final List<List<Integer>> providers = new ArrayList<>();
  private final List<List<Integer>> consumers = new ArrayList<>();
  private final Map<Long, Integer> pairIndex = new java.util.HashMap<>();
  /** The pact version id of (pair, epoch), in the order pact versions are created. */
  private final long[][] pactVersionIds;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<String> branchNames;

  SeedTables(History history, Contents contents, Connection connection, Map<String, Long> environments) {
    this.history = history;
    this.organisation = history.organisation();
    this.contents = contents;
    this.connection = connection;
    this.environments = environments;
    this.branchNames = history.branches();
    int p = organisation.pacticipants();
    for (int i = 0; i <= p; i++) {
      providers.add(i == 0 ? List.of() : organisation.providersOf(i));
      consumers.add(new ArrayList<>());
    }
    for (int c = 1; c <= p; c++) {
      for (int provider : providers.get(c)) {
        pairIndex.put(pair(c, provider), pairIndex.size());
        consumers.get(provider).add(c);
      }
    }
    pactVersionIds = new long[pairIndex.size()][history.epochs()];
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int c = 1; c <= p && History.opensEpoch(n); c++) {
        for (int provider : providers.get(c)) {
          pactVersionIds[pairIndex.get(pair(c, provider))][History.epoch(n)] = ++id;
        }
      }
    }
  }

  private static long pair(int consumer, int provider) {
    return (long) consumer << 32 | provider;
  }

  /** Rows written per table, in the order written. */
  Map<String, Long> counts() {
    return counts;
  }

  void writeAll() throws SQLException {
    pacticipants();
    versions();
    branches();
    branchVersions();
    tags();
    deployments();
    releases();
    contents();
    pactVersions();
    publications();
    verifications();
  }

  private TableRows open(String table, String... columns) throws SQLException {
    return TableRows.open(connection, table, List.of(columns));
  }

  private void done(String table, TableRows rows) throws SQLException {
    rows.close();
    counts.put(table, rows.count());
  }

  private void pacticipants() throws SQLException {
    TableRows rows = open("pacticipants", "id", "name", "display_name", "main_branch", "repository_url", "team", "created_at", "updated_at");
    Instant created = history.start().minusSeconds(86_400);
    for (int i = 1; i <= organisation.pacticipants(); i++) {
      rows.add((long) i, Organisation.name(i), "Service " + i, History.MAIN, "https://git.example.com/svc-" + i,
          "team-" + i % 50, created, created);
    }
    done("pacticipants", rows);
  }

  private void versions() throws SQLException {
    TableRows rows = open("versions", "id", "pacticipant_id", "number", "version_order", "build_url", "created_at");
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants(); i++) {
        long id = history.versionId(i, n);
        rows.add(id, (long) i, History.versionNumber(i, n), id, "https://ci.example.com/svc-" + i + "/" + n, history.versionAt(i, n));
      }
    }
    done("versions", rows);
  }

  /** Branch k (in order of first appearance) of pacticipant i: branches open day by day, pacticipant by pacticipant. */
  private long branchId(int i, int n) {
    return (long) branchNames.indexOf(History.branch(n)) * organisation.pacticipants() + i;
  }

  private void branches() throws SQLException {
    TableRows rows = open("branches", "id", "pacticipant_id", "name", "created_at");
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants() && History.opensBranch(n); i++) {
        rows.add(branchId(i, n), (long) i, History.branch(n), history.versionAt(i, n));
      }
    }
    done("branches", rows);
  }

  private void branchVersions() throws SQLException {
    TableRows rows = open("branch_versions", "id", "branch_id", "version_id", "created_at");
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants(); i++) {
        long version = history.versionId(i, n);
        rows.add(version, branchId(i, n), version, history.versionAt(i, n));
      }
    }
    done("branch_versions", rows);
  }

  private void tags() throws SQLException {
    TableRows rows = open("tags", "id", "version_id", "name", "created_at");
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants(); i++) {
        for (String tag : History.tags(n)) {
          rows.add(++id, history.versionId(i, n), tag, history.after(i, n, 0.1));
        }
      }
    }
    done("tags", rows);
  }

  private static double deployedAt(String environment) {
    return 0.2 + 0.1 * History.ENVIRONMENTS.indexOf(environment);
  }

  private void deployments() throws SQLException {
    TableRows rows = open("deployed_versions", "id", "uuid", "version_id", "pacticipant_id", "environment_id", "application_instance",
        "currently_deployed", "created_at", "undeployed_at");
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants(); i++) {
        for (String environment : History.ENVIRONMENTS) {
          if (history.deployed(i, n, environment)) {
            int next = history.nextDeployment(i, n, environment);
            rows.add(++id, uuid("deployment", i, n, environment), history.versionId(i, n), (long) i, environments.get(environment),
                history.instance(i, n, environment), next == 0, history.after(i, n, deployedAt(environment)),
                next == 0 ? null : history.after(i, next, deployedAt(environment)));
          }
        }
      }
    }
    done("deployed_versions", rows);
  }

  private void releases() throws SQLException {
    TableRows rows = open("released_versions", "id", "uuid", "version_id", "pacticipant_id", "environment_id", "currently_supported",
        "created_at", "support_ended_at");
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int i = 1; i <= organisation.pacticipants(); i++) {
        if (history.released(i, n)) {
          boolean supported = history.supported(i, n);
          rows.add(++id, uuid("release", i, n, "production"), history.versionId(i, n), (long) i, environments.get("production"),
              supported, history.after(i, n, 0.5), supported ? null : history.after(i, supportEnded(i, n), 0.5));
        }
      }
    }
    done("released_versions", rows);
  }

  /** The day of the release that ended release (i, n)'s support: the {@link History#SUPPORTED_RELEASES}-th newer one. */
  private int supportEnded(int i, int n) {
    int newer = 0;
    for (int d = n + 1; d <= history.days(); d++) {
      if (history.released(i, d) && ++newer == History.SUPPORTED_RELEASES) {
        return d;
      }
    }
    throw new IllegalStateException("release " + i + "/" + n + " is still supported");
  }

  private static String uuid(String kind, int i, int n, String environment) {
    return UUID.nameUUIDFromBytes((kind + ":" + i + ":" + n + ":" + environment).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private void contents() throws SQLException {
    TableRows rows = open("pact_contents", "sha", "content", "created_at");
    Set<String> written = new HashSet<>();
    for (int n = 1; n <= history.days(); n++) {
      for (int c = 1; c <= organisation.pacticipants() && History.opensEpoch(n); c++) {
        for (int p : providers.get(c)) {
          String sha = contents.digest(c, p, History.epoch(n));
          if (written.add(sha)) {
            rows.add(sha, PactDocument.parse(contents.document(c, p, History.epoch(n))).compactJson(), history.versionAt(c, n));
          }
        }
      }
    }
    done("pact_contents", rows);
  }

  private void pactVersions() throws SQLException {
    TableRows rows = open("pact_versions", "id", "consumer_id", "provider_id", "sha", "created_at");
    for (int n = 1; n <= history.days(); n++) {
      for (int c = 1; c <= organisation.pacticipants() && History.opensEpoch(n); c++) {
        for (int p : providers.get(c)) {
          rows.add(pactVersion(c, p, History.epoch(n)), (long) c, (long) p, contents.digest(c, p, History.epoch(n)), history.versionAt(c, n));
        }
      }
    }
    done("pact_versions", rows);
  }

  private long pactVersion(int consumer, int provider, int epoch) {
    return pactVersionIds[pairIndex.get(pair(consumer, provider))][epoch];
  }

  private void publications() throws SQLException {
    TableRows rows = open("pact_publications", "id", "consumer_version_id", "consumer_id", "provider_id", "pact_version_id", "revision",
        "created_at");
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int c = 1; c <= organisation.pacticipants(); c++) {
        for (int p : providers.get(c)) {
          rows.add(++id, history.versionId(c, n), (long) c, (long) p, pactVersion(c, p, History.epoch(n)), 1, history.versionAt(c, n));
        }
      }
    }
    done("pact_publications", rows);
  }

  private void verifications() throws SQLException {
    TableRows rows = open("verifications", "id", "pact_version_id", "provider_version_id", "provider_id", "consumer_id", "success", "wip",
        "pending", "build_url", "verified_by", "test_results", "execution_date", "created_at");
    long id = 0;
    for (int n = 1; n <= history.days(); n++) {
      for (int p = 1; p <= organisation.pacticipants(); p++) {
        List<Integer> epochs = History.verifiedEpochs(n);
        int runs = consumers.get(p).size() * epochs.size() * 2;
        int run = 0;
        for (int c : consumers.get(p)) {
          for (int e : epochs) {
            boolean breaks = History.breaks(contents.owner(c, p), p, e);
            if (History.flaky(c, p, e, n)) {
              rows.add(verification(++id, c, p, e, n, false, history.after(p, n, 0.6 + 0.39 * run++ / runs)));
            }
            rows.add(verification(++id, c, p, e, n, !breaks, history.after(p, n, 0.6 + 0.39 * run++ / runs)));
          }
        }
      }
    }
    done("verifications", rows);
  }

  private Object[] verification(long id, int c, int p, int e, int n, boolean success, Instant at) {
    String interaction = contents.interaction(c, p, e, 1);
    String results = success
        ? "[{\"interactionDescription\":\"" + interaction + "\",\"success\":true}]"
        : "[{\"interactionDescription\":\"" + interaction + "\",\"success\":false,\"mismatches\":[{\"attribute\":\"body\","
            + "\"identifier\":\"$.price\",\"description\":\"Expected 12.5 (Decimal) but received \\\"12.50\\\" (String)\"}]}]";
    return new Object[] {id, pactVersion(c, p, e), history.versionId(p, n), (long) p, (long) c, success, false, false,
        "https://ci.example.com/svc-" + p + "/" + n + "/verify", "{\"implementation\":\"Pact-JVM\",\"version\":\"4.6.21\"}",
        results, at, at};
  }
}

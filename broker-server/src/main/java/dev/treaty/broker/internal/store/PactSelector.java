package dev.treaty.broker.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL behind consumer version selectors: one set-based query per {@link SelectionKind} that
 * finds the pacts of every matching consumer version of one provider at once (heads are found by
 * grouping, never by looping over versions). Only the latest revision of a publication counts.
 */
public final class PactSelector {
  static final String CONSUMERS_OF_PROVIDER =
      "SELECT cp.consumer_id FROM pact_versions cp WHERE cp.provider_id = :provider";

  /**
   * {@code h}: each branch of the provider's consumers that meets the condition ({@code %s}, on
   * {@code b} and its pacticipant {@code bc}) with its head, the branch version added last: one
   * index lookup per branch ({@code sel_branch_versions_head_ix}), never a pass over its versions.
   */
  static final String BRANCH_HEADS = """
      (SELECT b.id AS branch_id, b.name AS label,
              (SELECT MAX(bv.id) FROM branch_versions bv WHERE bv.branch_id = b.id) AS head_id
       FROM branches b
       JOIN pacticipants bc ON bc.id = b.pacticipant_id
       WHERE b.pacticipant_id IN (%s) AND %s) h
      JOIN branch_versions hv ON hv.id = h.head_id
      JOIN pact_publications pp ON pp.consumer_version_id = hv.version_id
      """.formatted(CONSUMERS_OF_PROVIDER, "%s");

  /**
   * {@code h}: per consumer of the provider and tag name that meets the condition ({@code %s}, on
   * {@code t} and the pacticipant {@code tc}), the newest version with that tag: one grouping pass
   * over those tags (never a search for a newer version per tag), then one index lookup per head.
   */
  static final String TAG_HEADS = """
      (SELECT v.pacticipant_id, t.name AS label, MAX(v.version_order) AS head_order
       FROM tags t
       JOIN versions v ON v.id = t.version_id
       JOIN pacticipants tc ON tc.id = v.pacticipant_id
       WHERE v.pacticipant_id IN (%s) AND %s
       GROUP BY v.pacticipant_id, t.name) h
      JOIN versions hv ON hv.pacticipant_id = h.pacticipant_id AND hv.version_order = h.head_order
      JOIN pact_publications pp ON pp.consumer_version_id = hv.id
      """.formatted(CONSUMERS_OF_PROVIDER, "%s");

  static final String COLUMNS = """
      SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
             cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
             pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
             %s AS label, %s AS environment_name, %s AS environment_production
      """;

  /** After a FROM that ends in {@code pp}: the pact, its consumer version and consumer; only the latest revision. */
  static final String JOINS_AND_FILTERS = """
      JOIN pact_versions pv ON pv.id = pp.pact_version_id
      JOIN versions cv ON cv.id = pp.consumer_version_id
      JOIN pacticipants c ON c.id = pp.consumer_id
      WHERE pp.provider_id = :provider
        AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                           WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id)
      """;

  private final Handle handle;

  PactSelector(Handle handle) {
    this.handle = handle;
  }

  /** The pacts {@code query} selects for provider {@code providerId}. */
  public List<PactRow> find(long providerId, PactQuery query) {
    StringBuilder sql = new StringBuilder(fromClause(query.kind())).append(JOINS_AND_FILTERS);
    sql.append(kindFilter(query.kind()));
    if (query.consumerName() != null) {
      sql.append(" AND c.name = :consumerName");
    }
    if (!query.consumerIds().isEmpty()) {
      sql.append(" AND pp.consumer_id = ANY(:consumerIds)");
    }
    if (!query.excludedConsumerIds().isEmpty()) {
      sql.append(" AND pp.consumer_id <> ALL(:excludedConsumerIds)");
    }
    Query statement = handle.createQuery(sql.toString()).bind("provider", providerId);
    if (needsName(query.kind()) || query.name() != null && isEnvironmentKind(query.kind())) {
      statement.bind("name", query.name());
    }
    if (query.consumerName() != null) {
      statement.bind("consumerName", query.consumerName());
    }
    if (!query.consumerIds().isEmpty()) {
      statement.bindArray("consumerIds", Long.class, query.consumerIds());
    }
    if (!query.excludedConsumerIds().isEmpty()) {
      statement.bindArray("excludedConsumerIds", Long.class, query.excludedConsumerIds());
    }
    String environmentFilter = isEnvironmentKind(query.kind()) && query.name() != null ? " AND e.name = :name" : "";
    return statement.define("environmentFilter", environmentFilter).map(PactSelector::row).list();
  }

  private static boolean needsName(SelectionKind kind) {
    return kind == SelectionKind.BRANCH || kind == SelectionKind.LATEST_TAG || kind == SelectionKind.ALL_TAG;
  }

  private static boolean isEnvironmentKind(SelectionKind kind) {
    return kind == SelectionKind.DEPLOYED || kind == SelectionKind.RELEASED;
  }

  private static String fromClause(SelectionKind kind) {
    return switch (kind) {
      case MAIN_BRANCH, BRANCH -> COLUMNS.formatted("h.label", "NULL", "FALSE")
          + "FROM " + BRANCH_HEADS.formatted(kind == SelectionKind.MAIN_BRANCH ? "b.name = bc.main_branch" : "b.name = :name");
      case LATEST_TAG, LATEST_MAIN_BRANCH_TAG -> COLUMNS.formatted("h.label", "NULL", "FALSE")
          + "FROM " + TAG_HEADS.formatted(kind == SelectionKind.LATEST_TAG ? "t.name = :name" : "t.name = tc.main_branch");
      case ALL_TAG -> COLUMNS.formatted("t.name", "NULL", "FALSE") + """
          FROM tags t
          JOIN pact_publications pp ON pp.consumer_version_id = t.version_id
          """;
      case OVERALL_LATEST -> COLUMNS.formatted("NULL", "NULL", "FALSE") + """
          FROM (SELECT p.consumer_id, MAX(v.version_order) AS head_order
                FROM pact_publications p JOIN versions v ON v.id = p.consumer_version_id
                WHERE p.provider_id = :provider
                GROUP BY p.consumer_id) h
          JOIN versions hv ON hv.pacticipant_id = h.consumer_id AND hv.version_order = h.head_order
          JOIN pact_publications pp ON pp.consumer_version_id = hv.id
          """;
      case DEPLOYED -> COLUMNS.formatted("NULL", "e.name", "e.production") + """
          FROM deployed_versions d
          JOIN environments e ON e.id = d.environment_id
          JOIN pact_publications pp ON pp.consumer_version_id = d.version_id
          """;
      case RELEASED -> COLUMNS.formatted("NULL", "e.name", "e.production") + """
          FROM released_versions d
          JOIN environments e ON e.id = d.environment_id
          JOIN pact_publications pp ON pp.consumer_version_id = d.version_id
          """;
    };
  }

  private static String kindFilter(SelectionKind kind) {
    return switch (kind) {
      case ALL_TAG -> " AND t.name = :name";
      case DEPLOYED -> " AND d.currently_deployed = TRUE <environmentFilter>";
      case RELEASED -> " AND d.currently_supported = TRUE <environmentFilter>";
      default -> "";
    };
  }

  static PactRow row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    return new PactRow(
        rs.getLong("consumer_id"),
        rs.getString("consumer_name"),
        rs.getLong("consumer_version_id"),
        rs.getString("consumer_version_number"),
        rs.getLong("consumer_version_order"),
        rs.getLong("pact_version_id"),
        rs.getString("sha"),
        rs.getObject("published_at", OffsetDateTime.class),
        rs.getString("label"),
        rs.getString("environment_name"),
        rs.getBoolean("environment_production"));
  }
}

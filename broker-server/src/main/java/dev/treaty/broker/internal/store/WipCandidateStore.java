package dev.treaty.broker.internal.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Candidate work-in-progress pacts: latest-revision publications for a provider created since a
 * date whose consumer version is the head of one of its branches or tags. {@link PactRow#label()}
 * names that branch or tag, {@link #isBranch} tells which.
 */
public final class WipCandidateStore {
  private static final String COLUMNS = """
      SELECT DISTINCT pp.consumer_id, c.name AS consumer_name, cv.id AS consumer_version_id,
             cv.number AS consumer_version_number, cv.version_order AS consumer_version_order,
             pv.id AS pact_version_id, pv.sha AS sha, pp.created_at AS published_at,
             %s AS label, NULL AS environment_name, FALSE AS environment_production
      FROM pact_publications pp
      JOIN pact_versions pv ON pv.id = pp.pact_version_id
      JOIN versions cv ON cv.id = pp.consumer_version_id
      JOIN pacticipants c ON c.id = pp.consumer_id
      """;

  private static final String LATEST_SINCE = """
      WHERE pp.provider_id = :provider AND pp.created_at >= :since
        AND pp.revision = (SELECT MAX(r.revision) FROM pact_publications r
                           WHERE r.consumer_version_id = pp.consumer_version_id AND r.provider_id = pp.provider_id)
      """;

  private final Handle handle;

  WipCandidateStore(Handle handle) {
    this.handle = handle;
  }

  /** A candidate and whether its label is a branch (else a tag). */
  public record Candidate(PactRow pact, boolean isBranch) {}

  public List<Candidate> find(long providerId, OffsetDateTime since) {
    List<Candidate> candidates = new ArrayList<>();
    handle.createQuery(COLUMNS.formatted("b.name") + """
            JOIN branch_versions bv ON bv.version_id = cv.id
            JOIN branches b ON b.id = bv.branch_id
            """ + LATEST_SINCE + """
              AND bv.id = (SELECT MAX(h.id) FROM branch_versions h WHERE h.branch_id = bv.branch_id)
            """)
        .bind("provider", providerId).bind("since", since)
        .map(PactSelector::row)
        .forEach(row -> candidates.add(new Candidate(row, true)));
    handle.createQuery(COLUMNS.formatted("t.name") + """
            JOIN tags t ON t.version_id = cv.id
            """ + LATEST_SINCE + """
              AND NOT EXISTS (SELECT 1 FROM tags t2 JOIN versions v2 ON v2.id = t2.version_id
                              WHERE t2.name = t.name AND v2.pacticipant_id = cv.pacticipant_id
                                AND v2.version_order > cv.version_order)
            """)
        .bind("provider", providerId).bind("since", since)
        .map(PactSelector::row)
        .forEach(row -> candidates.add(new Candidate(row, false)));
    return candidates;
  }
}

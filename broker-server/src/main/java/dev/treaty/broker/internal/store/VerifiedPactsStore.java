package dev.treaty.broker.internal.store;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Which pact versions a provider has already verified successfully, seen from the provider version
 * about to verify them (its branch, or its tags): the facts pending status and WIP pacts rest on.
 * Each method answers for a whole set of pact versions in one query.
 */
public final class VerifiedPactsStore {
  private final Handle handle;

  VerifiedPactsStore(Handle handle) {
    this.handle = handle;
  }

  /**
   * Pact versions verified successfully by a version of the provider on {@code branch}, or by a
   * version on another branch before {@code branch} was created (any time, when it does not exist).
   */
  public Set<Long> verifiedForBranch(long providerId, Collection<Long> pactVersionIds, String branch, boolean countWip) {
    if (pactVersionIds.isEmpty()) {
      return Set.of();
    }
    Optional<OffsetDateTime> created = handle.createQuery(
            "SELECT created_at FROM branches WHERE pacticipant_id = :provider AND name = :branch")
        .bind("provider", providerId).bind("branch", branch)
        .mapTo(OffsetDateTime.class).findOne();
    String sql = """
        SELECT DISTINCT v.pact_version_id FROM verifications v
        JOIN branch_versions bv ON bv.version_id = v.provider_version_id
        JOIN branches b ON b.id = bv.branch_id
        WHERE v.provider_id = :provider AND v.success = TRUE AND v.pact_version_id = ANY(:ids) <wip>
        """ + (created.isPresent() ? " AND (b.name = :branch OR v.execution_date < :created)" : "");
    Query query = handle.createQuery(sql).bind("provider", providerId).bind("branch", branch);
    created.ifPresent(at -> query.bind("created", at));
    return ids(query, pactVersionIds, countWip);
  }

  /**
   * Pact versions verified successfully by a provider version tagged {@code tag}, or by one with
   * another tag before {@code tag} was first used (any time, when it never was).
   */
  public Set<Long> verifiedForTag(long providerId, Collection<Long> pactVersionIds, String tag, boolean countWip) {
    if (pactVersionIds.isEmpty()) {
      return Set.of();
    }
    Optional<OffsetDateTime> firstUsed = handle.createQuery("""
            SELECT MIN(t.created_at) FROM tags t JOIN versions pv ON pv.id = t.version_id
            WHERE pv.pacticipant_id = :provider AND t.name = :tag
            """)
        .bind("provider", providerId).bind("tag", tag)
        .mapTo(OffsetDateTime.class).findOne();
    String sql = """
        SELECT DISTINCT v.pact_version_id FROM verifications v
        JOIN tags t ON t.version_id = v.provider_version_id
        WHERE v.provider_id = :provider AND v.success = TRUE AND v.pact_version_id = ANY(:ids) <wip>
        """ + (firstUsed.isPresent() ? " AND (t.name = :tag OR v.execution_date < :firstUsed)" : "");
    Query query = handle.createQuery(sql).bind("provider", providerId).bind("tag", tag);
    firstUsed.ifPresent(at -> query.bind("firstUsed", at));
    return ids(query, pactVersionIds, countWip);
  }

  /** Pact versions verified successfully by any version of the provider. */
  public Set<Long> verifiedByAnyVersion(long providerId, Collection<Long> pactVersionIds, boolean countWip) {
    if (pactVersionIds.isEmpty()) {
      return Set.of();
    }
    Query query = handle.createQuery("""
        SELECT DISTINCT v.pact_version_id FROM verifications v
        WHERE v.provider_id = :provider AND v.success = TRUE AND v.pact_version_id = ANY(:ids) <wip>
        """).bind("provider", providerId);
    return ids(query, pactVersionIds, countWip);
  }

  private static Set<Long> ids(Query query, Collection<Long> pactVersionIds, boolean countWip) {
    return new HashSet<>(query
        .bindArray("ids", Long.class, pactVersionIds)
        .define("wip", countWip ? "" : "AND v.wip = FALSE")
        .mapTo(Long.class)
        .list());
  }
}

package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Branches and their versions. The branch head is the version most recently added to the branch
 * (the branch_versions row with the highest id), not the version with the highest order.
 */
public final class BranchStore {
  private static final String SELECT = "SELECT b.id, b.pacticipant_id, b.name, b.created_at FROM branches b ";

  private final Handle handle;
  private final Instant now;
  private final PacticipantStore pacticipants;

  BranchStore(Handle handle, Instant now, PacticipantStore pacticipants) {
    this.handle = handle;
    this.now = now;
    this.pacticipants = pacticipants;
  }

  public Optional<Branch> find(long pacticipantId, String name) {
    return handle.createQuery(SELECT + "WHERE b.pacticipant_id = :pacticipant AND b.name = :name")
        .bind("pacticipant", pacticipantId)
        .bind("name", name)
        .map(Rows.BRANCH)
        .findOne();
  }

  /** Every branch of the pacticipant, by name. */
  public List<Branch> list(long pacticipantId) {
    return handle.createQuery(SELECT + "WHERE b.pacticipant_id = :pacticipant ORDER BY b.name")
        .bind("pacticipant", pacticipantId)
        .map(Rows.BRANCH)
        .list();
  }

  /**
   * Adds {@code version} to branch {@code name} (creating the branch), making it the branch head
   * when new; {@code created} says whether the version was not on the branch before.
   */
  public Saved<Branch> addVersion(Version version, String name) {
    handle.createUpdate("INSERT INTO branches (pacticipant_id, name, created_at) VALUES (:pacticipant, :name, :now) ON CONFLICT DO NOTHING")
        .bind("pacticipant", version.pacticipantId())
        .bind("name", name)
        .bind("now", now)
        .execute();
    Branch branch = find(version.pacticipantId(), name).orElseThrow();
    int inserted = handle.createUpdate("INSERT INTO branch_versions (branch_id, version_id, created_at) VALUES (:branch, :version, :now) ON CONFLICT DO NOTHING")
        .bind("branch", branch.id())
        .bind("version", version.id())
        .bind("now", now)
        .execute();
    pacticipants.detectMainBranch(version.pacticipantId(), name);
    return new Saved<>(branch, inserted == 1);
  }

  /** The branch head: the version most recently added to the branch. */
  public Optional<Version> head(long branchId) {
    return handle.createQuery("SELECT " + Rows.VERSION_COLUMNS + """
             FROM branch_versions bv JOIN versions v ON v.id = bv.version_id
            WHERE bv.branch_id = :branch ORDER BY bv.id DESC LIMIT 1""")
        .bind("branch", branchId)
        .map(Rows.VERSION)
        .findOne();
  }

  /** Whether {@code version} is on branch {@code branchId}. */
  public boolean contains(long branchId, long versionId) {
    return handle.createQuery("SELECT COUNT(*) FROM branch_versions WHERE branch_id = :branch AND version_id = :version")
        .bind("branch", branchId)
        .bind("version", versionId)
        .mapTo(Long.class)
        .one() > 0;
  }


  /**
   * The branches each of {@code versionIds} is on, in one query (no entry: none). The branch is
   * looked up per row by its key: a join let PostgreSQL hash every branch of the broker (11,000 in
   * the release-gate benchmark) to name the branches of a hundred versions.
   */
  public Map<Long, List<BranchMembership>> ofVersions(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    return handle.createQuery("""
            SELECT bv.version_id, (SELECT b.name FROM branches b WHERE b.id = bv.branch_id) AS name,
                   (SELECT MAX(h.id) FROM branch_versions h WHERE h.branch_id = bv.branch_id) = bv.id AS head
              FROM branch_versions bv
             WHERE bv.version_id = ANY(:versions) ORDER BY bv.id""")
        .bindArray("versions", Long.class, versionIds)
        .map((rs, ctx) -> new VersionBranch(rs.getLong("version_id"),
            new BranchMembership(rs.getString("name"), rs.getBoolean("head"))))
        .stream()
        .collect(Collectors.groupingBy(VersionBranch::versionId, LinkedHashMap::new,
            Collectors.mapping(VersionBranch::membership, Collectors.toList())));
  }

  private record VersionBranch(long versionId, BranchMembership membership) {}

  /** A branch a version is on; {@code head} when it is the latest version added to that branch. */
  public record BranchMembership(String branch, boolean head) {}
}

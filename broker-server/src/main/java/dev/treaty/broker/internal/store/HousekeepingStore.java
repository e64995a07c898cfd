package dev.treaty.broker.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Deletes what an admin asks to (pacticipants, versions, branches, tags, a version's pact), inside
 * the caller's transaction, children before parents, and afterwards the pact versions and contents
 * nothing publishes any more. Each method answers how many rows of each kind went, for the reply.
 */
public final class HousekeepingStore {
  private final Handle handle;

  HousekeepingStore(Handle handle) {
    this.handle = handle;
  }

  /** What a deletion removed: rows per kind, in the order they went (kinds with none are left out). */
  public record Removed(Map<String, Integer> counts) {
    public Removed {
      counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
  }

  public Removed deleteTag(long tagId) {
    Counter removed = new Counter();
    removed.add("tags", update("DELETE FROM tags WHERE id = :id", tagId));
    return removed.result();
  }

  public Removed deleteBranch(long branchId) {
    Counter removed = new Counter();
    removed.add("branch versions", update("DELETE FROM branch_versions WHERE branch_id = :id", branchId));
    removed.add("branches", update("DELETE FROM branches WHERE id = :id", branchId));
    return removed.result();
  }

  /** The version with its tags, branch memberships, publications, the verifications it made and its deployment records. */
  public Removed deleteVersion(long versionId) {
    Counter removed = new Counter();
    deleteVersionRows(versionId, removed);
    deleteOrphans(removed);
    return removed.result();
  }

  /** The current and earlier publications of {@code consumerVersionId}'s pact with {@code providerId}. */
  public Removed deletePublication(long consumerVersionId, long providerId) {
    Counter removed = new Counter();
    removed.add("pact publications", handle.createUpdate(
            "DELETE FROM pact_publications WHERE consumer_version_id = :version AND provider_id = :provider")
        .bind("version", consumerVersionId).bind("provider", providerId).execute());
    deleteOrphans(removed);
    return removed.result();
  }

  /** The pacticipant and everything of it: versions (as above), branches, its pacts as consumer and as provider. */
  public Removed deletePacticipant(long pacticipantId) {
    Counter removed = new Counter();
    List<Long> versions = handle.createQuery("SELECT id FROM versions WHERE pacticipant_id = :id")
        .bind("id", pacticipantId).mapTo(Long.class).list();
    versions.forEach(v -> deleteVersionRows(v, removed));
    removed.add("verifications", handle.createUpdate("DELETE FROM verifications WHERE consumer_id = :id OR provider_id = :id")
        .bind("id", pacticipantId).execute());
    removed.add("pact publications", handle.createUpdate("DELETE FROM pact_publications WHERE consumer_id = :id OR provider_id = :id")
        .bind("id", pacticipantId).execute());
    removed.add("pact versions", handle.createUpdate("DELETE FROM pact_versions WHERE consumer_id = :id OR provider_id = :id")
        .bind("id", pacticipantId).execute());
    removed.add("branch versions", update("DELETE FROM branch_versions WHERE branch_id IN (SELECT id FROM branches WHERE pacticipant_id = :id)", pacticipantId));
    removed.add("branches", update("DELETE FROM branches WHERE pacticipant_id = :id", pacticipantId));
    removed.add("pacticipants", update("DELETE FROM pacticipants WHERE id = :id", pacticipantId));
    deleteOrphans(removed);
    return removed.result();
  }

  private void deleteVersionRows(long versionId, Counter removed) {
    removed.add("tags", update("DELETE FROM tags WHERE version_id = :id", versionId));
    removed.add("branch versions", update("DELETE FROM branch_versions WHERE version_id = :id", versionId));
    removed.add("pact publications", update("DELETE FROM pact_publications WHERE consumer_version_id = :id", versionId));
    removed.add("verifications", update("DELETE FROM verifications WHERE provider_version_id = :id", versionId));
    removed.add("deployment records", update("DELETE FROM deployed_versions WHERE version_id = :id", versionId));
    removed.add("release records", update("DELETE FROM released_versions WHERE version_id = :id", versionId));
    removed.add("versions", update("DELETE FROM versions WHERE id = :id", versionId));
  }

  /** Pact versions no publication names any more (with their verifications), then contents no pact version uses. */
  private void deleteOrphans(Counter removed) {
    String orphanPactVersions = "SELECT pv.id FROM pact_versions pv WHERE NOT EXISTS"
        + " (SELECT 1 FROM pact_publications pp WHERE pp.pact_version_id = pv.id)";
    removed.add("verifications", handle.createUpdate("DELETE FROM verifications WHERE pact_version_id IN (" + orphanPactVersions + ")").execute());
    removed.add("pact versions", handle.createUpdate("DELETE FROM pact_versions WHERE id IN (" + orphanPactVersions + ")").execute());
    removed.add("pact contents", handle.createUpdate("DELETE FROM pact_contents pc WHERE NOT EXISTS"
        + " (SELECT 1 FROM pact_versions pv WHERE pv.sha = pc.sha)").execute());
  }

  private int update(String sql, long id) {
    return handle.createUpdate(sql).bind("id", id).execute();
  }

  private static final class Counter {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String kind, int count) {
      if (count > 0) {
        counts.merge(kind, count, Integer::sum);
      }
    }

    Removed result() {
      return new Removed(counts);
    }
  }
}

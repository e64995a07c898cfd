package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Pacticipants: find-or-create by name, list, edit metadata, auto-detect the main branch. */
public final class PacticipantStore {
  /** Branch or tag names that become a pacticipant's main branch when it has none (Pact Broker rule). */
  public static final Set<String> MAIN_BRANCH_CANDIDATES = Set.of("develop", "main", "master");

  private final Handle handle;
  private final Instant now;

  PacticipantStore(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  public Optional<Pacticipant> find(String name) {
    return handle.createQuery("SELECT " + Rows.PACTICIPANT_COLUMNS + " FROM pacticipants p WHERE p.name = :name")
        .bind("name", name)
        .map(Rows.PACTICIPANT)
        .findOne();
  }

  public Optional<Pacticipant> findById(long id) {
    return handle.createQuery("SELECT " + Rows.PACTICIPANT_COLUMNS + " FROM pacticipants p WHERE p.id = :id")
        .bind("id", id)
        .map(Rows.PACTICIPANT)
        .findOne();
  }

  /** The pacticipant named {@code name}, created (with no metadata) when missing. */
  public Saved<Pacticipant> findOrCreate(String name) {
    return findOrCreate(name, Pacticipant.Metadata.EMPTY);
  }

  /** The pacticipant named {@code name}; when missing it is created with {@code metadata}. */
  public Saved<Pacticipant> findOrCreate(String name, Pacticipant.Metadata metadata) {
    int inserted = handle.createUpdate("""
            INSERT INTO pacticipants (name, display_name, main_branch, repository_url, team, runbook_url, docs_url, created_at, updated_at)
            VALUES (:name, :displayName, :mainBranch, :repositoryUrl, :team, :runbookUrl, :docsUrl, :now, :now)
            ON CONFLICT DO NOTHING""")
        .bind("name", name)
        .bindMethods(metadata)
        .bind("now", now)
        .execute();
    return new Saved<>(find(name).orElseThrow(), inserted == 1);
  }

  /** Every pacticipant, by name. */
  public List<Pacticipant> list() {
    return handle.createQuery("SELECT " + Rows.PACTICIPANT_COLUMNS + " FROM pacticipants p ORDER BY p.name")
        .map(Rows.PACTICIPANT)
        .list();
  }

  /** Replaces the editable metadata of pacticipant {@code id}. */
  public Pacticipant update(long id, Pacticipant.Metadata metadata) {
    handle.createUpdate("""
            UPDATE pacticipants SET display_name = :displayName, main_branch = :mainBranch, repository_url = :repositoryUrl,
              team = :team, runbook_url = :runbookUrl, docs_url = :docsUrl, updated_at = :now
            WHERE id = :id""")
        .bindMethods(metadata)
        .bind("now", now)
        .bind("id", id)
        .execute();
    return findById(id).orElseThrow();
  }

  /**
   * Sets the main branch of pacticipant {@code id} to {@code branchOrTag} when it has none and the
   * name is develop, main or master (the first such branch or tag seen wins).
   */
  public void detectMainBranch(long id, String branchOrTag) {
    if (!MAIN_BRANCH_CANDIDATES.contains(branchOrTag)) {
      return;
    }
    handle.createUpdate("UPDATE pacticipants SET main_branch = :branch, updated_at = :now WHERE id = :id AND main_branch IS NULL")
        .bind("branch", branchOrTag)
        .bind("now", now)
        .bind("id", id)
        .execute();
  }
}

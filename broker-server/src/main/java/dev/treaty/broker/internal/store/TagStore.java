package dev.treaty.broker.internal.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Tags on versions (the pre-branch way to mark versions; still read by Pact clients). */
public final class TagStore {
  private static final String SELECT = "SELECT t.id, t.version_id, t.name, t.created_at FROM tags t ";

  private final Handle handle;
  private final Instant now;
  private final PacticipantStore pacticipants;

  TagStore(Handle handle, Instant now, PacticipantStore pacticipants) {
    this.handle = handle;
    this.now = now;
    this.pacticipants = pacticipants;
  }

  public Optional<Tag> find(long versionId, String name) {
    return handle.createQuery(SELECT + "WHERE t.version_id = :version AND t.name = :name")
        .bind("version", versionId)
        .bind("name", name)
        .map(Rows.TAG)
        .findOne();
  }

  /** Tags {@code version} with {@code name}; {@code created} is false when it had the tag. */
  public Saved<Tag> add(Version version, String name) {
    int inserted = handle.createUpdate("INSERT INTO tags (version_id, name, created_at) VALUES (:version, :name, :now) ON CONFLICT DO NOTHING")
        .bind("version", version.id())
        .bind("name", name)
        .bind("now", now)
        .execute();
    pacticipants.detectMainBranch(version.pacticipantId(), name);
    return new Saved<>(find(version.id(), name).orElseThrow(), inserted == 1);
  }

  /** The tags of each of {@code versionIds}, oldest first, in one query (no entry: no tags). */
  public Map<Long, List<Tag>> ofVersions(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return Map.of();
    }
    return handle.createQuery(SELECT + "WHERE t.version_id = ANY(:versions) ORDER BY t.id")
        .bindArray("versions", Long.class, versionIds)
        .map(Rows.TAG)
        .stream()
        .collect(Collectors.groupingBy(Tag::versionId, LinkedHashMap::new, Collectors.toList()));
  }
}

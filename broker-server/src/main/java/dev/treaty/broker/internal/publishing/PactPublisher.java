package dev.treaty.broker.internal.publishing;

import dev.treaty.broker.internal.store.PactStore;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import dev.treaty.pact.InteractionKey;
import dev.treaty.pact.PactDocument;
import dev.treaty.pact.PactMerge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes one pact for a consumer version and provider inside the caller's transaction, and says
 * what happened: created, unchanged (same content, nothing written), changed, merged, or refused
 * as a conflict (nothing written; the caller answers 409 and the transaction rolls back). Content
 * is identified by {@link PactDocument#digest()}.
 *
 * <p>A merge (PATCH, {@code onConflict: merge}) follows the same permission as an overwrite for
 * what is already published: adding interactions is allowed (several jobs build one contract so),
 * but changing an interaction already there (same description and provider state, other content)
 * is a conflict unless contract modification is allowed. A merge cannot remove interactions.
 */
public final class PactPublisher {
  private final PactStore pacts;

  public PactPublisher(Stores stores) {
    this.pacts = stores.pacts();
  }

  /** What publishing did. */
  public enum Outcome {
    CREATED,
    UNCHANGED,
    CHANGED,
    MERGED,
    CONFLICT
  }

  /**
   * The outcome, the pact now current ({@code null} on conflict), the one before (if any) and, for
   * a merge, the interactions whose request differed ({@code mergeConflicts}) and those whose
   * content the merge changes ({@code mergeChanges}, a superset: descriptions of published ones).
   */
  public record Result(Outcome outcome, StoredPact pact, Optional<StoredPact> previous, List<String> mergeConflicts,
      List<String> mergeChanges) {}

  /**
   * Publishes {@code pact}. {@code merge} merges it into the current pact; {@code allowChanges}
   * lets different content (or a conflicting merge) replace the current pact instead of refusing.
   */
  public Result publish(Version consumerVersion, Pacticipant provider, PactDocument pact, boolean merge, boolean allowChanges) {
    Optional<StoredPact> current = pacts.current(consumerVersion.id(), provider.id());
    if (current.isEmpty()) {
      return new Result(Outcome.CREATED, store(consumerVersion, provider, pact), current, List.of(), List.of());
    }
    PactDocument candidate = pact;
    List<String> conflicts = List.of();
    List<String> changes = List.of();
    if (merge) {
      PactDocument published = PactDocument.parse(current.get().content());
      PactMerge merged = published.merge(pact);
      candidate = merged.pact();
      conflicts = merged.conflicts();
      changes = changedInteractions(published, candidate);
    }
    if (candidate.digest().equals(current.get().sha())) {
      return new Result(Outcome.UNCHANGED, current.get(), current, List.of(), List.of());
    }
    if (!allowChanges && (!merge || !changes.isEmpty())) {
      return new Result(Outcome.CONFLICT, null, current, conflicts, changes);
    }
    return new Result(merge ? Outcome.MERGED : Outcome.CHANGED, store(consumerVersion, provider, candidate), current,
        conflicts, changes);
  }

  /** Descriptions of the interactions of {@code published} whose content differs in {@code merged}. */
  private static List<String> changedInteractions(PactDocument published, PactDocument merged) {
    Map<InteractionKey, String> after = new HashMap<>();
    merged.interactions().forEach(interaction -> after.put(interaction.key(), interaction.id()));
    return published.interactions().stream()
        .filter(interaction -> !interaction.id().equals(after.get(interaction.key())))
        .map(interaction -> interaction.key().description())
        .distinct()
        .toList();
  }

  private StoredPact store(Version consumerVersion, Pacticipant provider, PactDocument pact) {
    return pacts.publish(consumerVersion, provider.id(), pact.digest(), pact.compactJson());
  }
}

package dev.treaty.broker.internal.publishing;

import dev.treaty.broker.internal.store.PactStore;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import dev.treaty.pact.PactDocument;
import dev.treaty.pact.PactMerge;
import java.util.List;
import java.util.Optional;

/**
 * Publishes one pact for a consumer version and provider inside the caller's transaction, and says
 * what happened: created, unchanged (same content, nothing written), changed, merged, or refused
 * as a conflict (nothing written; the caller answers 409 and the transaction rolls back). Content
 * is identified by {@link PactDocument#digest()}.
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
   * a refused merge, the interactions that conflicted.
   */
  public record Result(Outcome outcome, StoredPact pact, Optional<StoredPact> previous, List<String> mergeConflicts) {}

  /**
   * Publishes {@code pact}. {@code merge} merges it into the current pact; {@code allowChanges}
   * lets different content (or a conflicting merge) replace the current pact instead of refusing.
   */
  public Result publish(Version consumerVersion, Pacticipant provider, PactDocument pact, boolean merge, boolean allowChanges) {
    Optional<StoredPact> current = pacts.current(consumerVersion.id(), provider.id());
    if (current.isEmpty()) {
      return new Result(Outcome.CREATED, store(consumerVersion, provider, pact), current, List.of());
    }
    PactDocument candidate = pact;
    List<String> conflicts = List.of();
    if (merge) {
      PactMerge merged = PactDocument.parse(current.get().content()).merge(pact);
      candidate = merged.pact();
      conflicts = merged.conflicts();
    }
    if (candidate.digest().equals(current.get().sha())) {
      return new Result(Outcome.UNCHANGED, current.get(), current, List.of());
    }
    if (!allowChanges && (!merge || !conflicts.isEmpty())) {
      return new Result(Outcome.CONFLICT, null, current, conflicts);
    }
    return new Result(merge ? Outcome.MERGED : Outcome.CHANGED, store(consumerVersion, provider, candidate), current, conflicts);
  }

  private StoredPact store(Version consumerVersion, Pacticipant provider, PactDocument pact) {
    return pacts.publish(consumerVersion, provider.id(), pact.digest(), pact.compactJson());
  }
}

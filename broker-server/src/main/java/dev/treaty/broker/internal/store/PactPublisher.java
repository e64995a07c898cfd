package dev.treaty.broker.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Publishes one pact for a consumer version and provider inside the caller's transaction, and says
 * what happened: created, unchanged (same content, nothing written), changed, merged, or refused
 * as a conflict (nothing written; the caller answers 409 and the transaction rolls back).
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
  public Result publish(Version consumerVersion, Pacticipant provider, ObjectNode pact, boolean merge, boolean allowChanges) {
    Optional<StoredPact> current = pacts.current(consumerVersion.id(), provider.id());
    if (current.isEmpty()) {
      return new Result(Outcome.CREATED, store(consumerVersion, provider, pact), current, List.of());
    }
    ObjectNode candidate = pact;
    List<String> conflicts = List.of();
    if (merge) {
      PactMerge.Result merged = PactMerge.merge(parse(current.get().content()), pact);
      candidate = merged.pact();
      conflicts = merged.conflicts();
    }
    if (ContractDigest.of(candidate).equals(current.get().sha())) {
      return new Result(Outcome.UNCHANGED, current.get(), current, List.of());
    }
    if (!allowChanges && (!merge || !conflicts.isEmpty())) {
      return new Result(Outcome.CONFLICT, null, current, conflicts);
    }
    return new Result(merge ? Outcome.MERGED : Outcome.CHANGED, store(consumerVersion, provider, candidate), current, conflicts);
  }

  private StoredPact store(Version consumerVersion, Pacticipant provider, ObjectNode pact) {
    return pacts.publish(consumerVersion, provider.id(), ContractDigest.of(pact), CanonicalJson.write(pact));
  }

  static ObjectNode parse(String content) {
    try {
      return (ObjectNode) CanonicalJson.MAPPER.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException("stored pact content is not JSON", e);
    }
  }
}

package dev.treaty.broker.internal.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Candidate work-in-progress pacts: latest-revision publications for a provider created since a
 * date whose consumer version is the head of one of its branches or tags. {@link PactRow#label()}
 * names that branch or tag, {@link #isBranch} tells which. The heads come first (one index lookup
 * per branch, one grouping pass over the consumers' tags), then their publications: the work grows
 * with the branches and tags there are, never with versions times versions.
 */
public final class WipCandidateStore {
  /** Publications created since the date, on top of {@link PactSelector}'s filters. */
  private static final String SINCE = " AND pp.created_at >= :since";

  private final Handle handle;

  WipCandidateStore(Handle handle) {
    this.handle = handle;
  }

  /** A candidate and whether its label is a branch (else a tag). */
  public record Candidate(PactRow pact, boolean isBranch) {}

  public List<Candidate> find(long providerId, OffsetDateTime since) {
    List<Candidate> candidates = new ArrayList<>();
    String columns = PactSelector.COLUMNS.formatted("h.label", "NULL", "FALSE");
    query(columns + "FROM " + PactSelector.BRANCH_HEADS.formatted("TRUE"), providerId, since)
        .forEach(row -> candidates.add(new Candidate(row, true)));
    query(columns + "FROM " + PactSelector.TAG_HEADS.formatted("TRUE"), providerId, since)
        .forEach(row -> candidates.add(new Candidate(row, false)));
    return candidates;
  }

  private List<PactRow> query(String heads, long providerId, OffsetDateTime since) {
    return handle.createQuery(heads + PactSelector.JOINS_AND_FILTERS + SINCE)
        .bind("provider", providerId).bind("since", since)
        .map(PactSelector::row)
        .list();
  }
}

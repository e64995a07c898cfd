package dev.treaty.broker.internal.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The lookups pacts-for-verification needs besides the selector queries themselves. */
public final class SelectionStore {
  private final Handle handle;

  SelectionStore(Handle handle) {
    this.handle = handle;
  }

  /**
   * What the default selectors need to know about one consumer of the provider: its main branch
   * and whether that branch has versions, or failing that whether a tag with its name exists.
   */
  public record ConsumerPlan(long consumerId, String name, String mainBranch, boolean mainBranchHasHead, boolean mainBranchTagExists) {}

  /** One row per consumer with a pact for the provider (one query, not one per consumer). */
  public List<ConsumerPlan> defaultSelectorPlan(long providerId) {
    return handle.createQuery("""
            SELECT c.id, c.name, c.main_branch,
                   EXISTS (SELECT 1 FROM branches b JOIN branch_versions bv ON bv.branch_id = b.id
                           WHERE b.pacticipant_id = c.id AND b.name = c.main_branch) AS has_head,
                   EXISTS (SELECT 1 FROM versions v JOIN tags t ON t.version_id = v.id
                           WHERE v.pacticipant_id = c.id AND t.name = c.main_branch) AS has_tag
            FROM pacticipants c
            WHERE c.id IN (SELECT pv.consumer_id FROM pact_versions pv WHERE pv.provider_id = :provider)
            ORDER BY c.name
            """)
        .bind("provider", providerId)
        .map((rs, ctx) -> new ConsumerPlan(rs.getLong("id"), rs.getString("name"), rs.getString("main_branch"),
            rs.getBoolean("has_head"), rs.getBoolean("has_tag")))
        .list();
  }
}

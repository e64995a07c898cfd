package dev.treaty.broker.internal.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Every store, over one transaction's handle, all stamping rows with the same {@code now}. Code
 * above storage gets one from {@link Storage} and never sees the handle:
 *
 * <pre>{@code
 * storage.write(stores -> {
 *   Pacticipant foo = stores.pacticipants().findOrCreate("Foo").value();
 *   ...
 * });
 * }</pre>
 */
public final class Stores {
  private final Handle handle;
  private final Instant now;

  private Stores(Handle handle, Instant now) {
    this.handle = handle;
    this.now = now;
  }

  static Stores of(Handle handle, Instant now) {
    return new Stores(handle, now);
  }

  /** The time this transaction stamps on what it writes. */
  public Instant now() {
    return now;
  }

  public PacticipantStore pacticipants() {
    return new PacticipantStore(handle, now);
  }

  public VersionStore versions() {
    return new VersionStore(handle, now);
  }

  public BranchStore branches() {
    return new BranchStore(handle, now, pacticipants());
  }

  public TagStore tags() {
    return new TagStore(handle, now, pacticipants());
  }

  public PactStore pacts() {
    return new PactStore(handle, now);
  }

  public EnvironmentStore environments() {
    return new EnvironmentStore(handle, now);
  }

  public DeploymentStore deployments() {
    return new DeploymentStore(handle, now);
  }

  public VerificationStore verifications() {
    return new VerificationStore(handle, now, versions());
  }

  /** The set-based queries behind consumer version selectors. */
  public PactSelector selector() {
    return new PactSelector(handle);
  }

  public SelectionStore selection() {
    return new SelectionStore(handle);
  }

  public WipCandidateStore wipCandidates() {
    return new WipCandidateStore(handle);
  }

  public VerifiedPactsStore verifiedPacts() {
    return new VerifiedPactsStore(handle);
  }

  /** Whether the database answers a trivial query; failures (a busy pool, say) are thrown. */
  public boolean answers() {
    return handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1;
  }

  /** The matrix's queries over what is recorded now. */
  public MatrixStore matrix() {
    return new MatrixStore(handle, null);
  }

  /** The matrix's queries over what had been recorded at {@code asOf} (null: now). */
  public MatrixStore matrixAsOf(Instant asOf) {
    return new MatrixStore(handle, asOf);
  }

  public TokenStore tokens() {
    return new TokenStore(handle, now);
  }

  /** Admin deletions, children before parents. */
  public HousekeepingStore housekeeping() {
    return new HousekeepingStore(handle);
  }

  public AuditStore audit() {
    return new AuditStore(handle, now);
  }

  public DecisionStore decisions() {
    return new DecisionStore(handle, now);
  }
}

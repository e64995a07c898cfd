package dev.treaty.broker.internal.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * The stores over one transaction's handle, all stamping rows with the same {@code now}.
 *
 * <pre>{@code
 * database.write(handle -> {
 *   Stores stores = Stores.of(handle, clock.instant());
 *   Pacticipant foo = stores.pacticipants().findOrCreate("Foo").value();
 *   ...
 * });
 * }</pre>
 */
public record Stores(Handle handle, Instant now) {
  public static Stores of(Handle handle, Instant now) {
    return new Stores(handle, now);
  }

  public PacticipantStore pacticipants() {
    return new PacticipantStore(handle, now);
  }

  public VersionStore versions() {
    return new VersionStore(handle, now);
  }

  public BranchStore branches() {
    return new BranchStore(handle, now);
  }

  public TagStore tags() {
    return new TagStore(handle, now);
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

  /** The matrix's queries over what is recorded now. */
  public MatrixStore matrix() {
    return new MatrixStore(handle, null);
  }

  /** The matrix's queries over what had been recorded at {@code asOf} (null: now). */
  public MatrixStore matrixAsOf(Instant asOf) {
    return new MatrixStore(handle, asOf);
  }

  public DecisionStore decisions() {
    return new DecisionStore(handle, now);
  }
}

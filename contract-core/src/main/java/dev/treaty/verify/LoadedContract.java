package dev.treaty.verify;

import dev.treaty.contract.Contract;
import java.util.List;
import java.util.Objects;

/**
 * A contract as a {@link ContractSource} delivered it: the contract, where it came from (a file
 * path or URL, used in messages), whether it is pending, and any notices the source wants shown.
 *
 * <p>A pending contract is verified and reported, but its failures never fail the run (a broker
 * marks a contract pending until the provider has verified it once). Notices are free text from
 * the source, such as a broker's explanation of why a contract was selected.
 */
public record LoadedContract(Contract contract, String location, boolean pending, List<String> notices) {

  public LoadedContract {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(location, "location");
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A contract that is not pending and has no notices. */
  public static LoadedContract of(Contract contract, String location) {
    return new LoadedContract(contract, location, false, List.of());
  }

  /** A copy marked pending (or not). */
  public LoadedContract withPending(boolean pending) {
    return new LoadedContract(contract, location, pending, notices);
  }
}

package dev.treaty.junit.consumer.internal;

import dev.treaty.TreatyVersion;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.PactWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contract files of one test run, kept in the root extension context: every class adds what
 * its passing tests declared, and when the run ends each file is written once, replacing what
 * was there, unless a test contributing to it failed (then the old file is left as it was).
 *
 * <p>Also a {@code CloseableResource} (deprecated since JUnit 5.13): JUnit 5.12 and older, and runs
 * with {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}, close only those;
 * newer JUnit closes it once, as an {@code AutoCloseable}.
 */
@SuppressWarnings("deprecation")
final class ContractRegistry implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private static final System.Logger LOG = System.getLogger("dev.treaty.junit");
  private final Map<Path, PendingContract> contracts = new LinkedHashMap<>();

  /** The pending contract of {@code settings}' consumer with {@code provider}. */
  synchronized PendingContract open(ConsumerSettings settings, String provider) {
    Path file = settings.contractFile(provider);
    PendingContract pending = contracts.computeIfAbsent(file,
        f -> new PendingContract(settings.consumer(), provider, f, settings.specVersion()));
    if (pending.specVersion() != settings.specVersion()) {
      throw new ExtensionConfigurationException(settings.testClass() + " writes " + file.getFileName()
          + " as Pact " + settings.specVersion() + " but another class of this run writes it as Pact "
          + pending.specVersion() + "; use one spec version per contract file");
    }
    return pending;
  }

  synchronized void checkKind(PendingContract contract, Interaction interaction) {
    contract.checkKind(interaction);
  }

  synchronized void record(PendingContract contract, List<? extends Interaction> declared, String source) {
    contract.record(declared, source);
  }

  synchronized void fail(PendingContract contract, String source) {
    contract.fail(source);
  }

  /** Writes every contract whose tests all passed; logs why the others were not written. */
  @Override
  public synchronized void close() {
    List<RuntimeException> errors = new ArrayList<>();
    for (PendingContract contract : contracts.values()) {
      try {
        write(contract);
      } catch (RuntimeException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      RuntimeException first = errors.get(0);
      errors.subList(1, errors.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  private static void write(PendingContract contract) {
    if (!contract.failures().isEmpty()) {
      LOG.log(Level.WARNING, "Treaty: contract " + contract.file() + " not written because "
          + String.join(", ", contract.failures()) + " failed; the previous file, if any, is unchanged");
      return;
    }
    SpecVersion version = contract.specVersion();
    PactWriter.write(contract.contract(TreatyVersion.current()), version, contract.file());
    LOG.log(Level.INFO, "Treaty: wrote contract " + contract.file() + " (" + contract.size()
        + " interactions, Pact " + version + ")");
  }
}

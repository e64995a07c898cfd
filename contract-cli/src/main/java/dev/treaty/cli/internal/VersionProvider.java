package dev.treaty.cli.internal;

import dev.treaty.TreatyVersion;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code treaty --version} with the Treaty version built into contract-core. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"treaty " + TreatyVersion.current()};
  }
}

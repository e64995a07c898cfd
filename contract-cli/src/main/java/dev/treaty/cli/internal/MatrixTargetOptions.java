package dev.treaty.cli.internal;

import dev.treaty.broker.client.MatrixQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The versions asked about ({@code --pacticipant P --version V}, repeatable: a release train) and
 * where they go ({@code --to-environment E | --to-branch B | --to TAG}), plus {@code --ignore}.
 */
public final class MatrixTargetOptions {
  @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "Versions (repeat for a release train):%n")
  private List<Version> versions = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Where to (one of):%n")
  private Target target;

  @Option(names = "--ignore", paramLabel = "NAME[:VERSION]", converter = SelectorOption.class,
      description = "A pacticipant (or one version of it) whose rows do not count; repeatable.")
  private List<MatrixQuery.Selector> ignore = new ArrayList<>();

  /** One {@code --pacticipant P --version V}; the version must follow its pacticipant. */
  static final class Version {
    @Option(names = {"-a", "--pacticipant"}, required = true, paramLabel = "NAME", description = "An application's name.")
    String pacticipant;

    @Option(names = {"-e", "--version"}, required = true, paramLabel = "VERSION", description = "Its version number.")
    String version;
  }

  /** Exactly one target. */
  static final class Target {
    @Option(names = "--to-environment", required = true, paramLabel = "NAME",
        description = "The environment to deploy to: checked against every version deployed or released there.")
    String environment;

    @Option(names = "--to-branch", required = true, paramLabel = "BRANCH",
        description = "Checked against the latest version of each other application on this branch.")
    String branch;

    @Option(names = "--to", required = true, paramLabel = "TAG",
        description = "Checked against the latest version of each other application with this tag.")
    String tag;
  }

  /** The query these options ask. */
  public MatrixQuery query() {
    List<MatrixQuery.Selector> selectors = versions.stream().map(v -> new MatrixQuery.Selector(v.pacticipant, v.version)).toList();
    return new MatrixQuery(selectors, target == null ? null : target.environment, target == null ? null : target.tag,
        target == null ? null : target.branch, ignore);
  }

  /** The versions, as {@code a 1.0.0 and b 2.0.0}. */
  public String describe() {
    return String.join(" and ", versions.stream().map(v -> v.pacticipant + " " + v.version).toList());
  }
}

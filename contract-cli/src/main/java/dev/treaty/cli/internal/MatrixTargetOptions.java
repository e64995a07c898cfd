package dev.treaty.cli.internal;

import dev.treaty.broker.client.MatrixQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The versions asked about ({@code --pacticipant P} with {@code --version V}, {@code --latest
 * [TAG]}, {@code --branch B} or {@code --main-branch}; repeatable: a release train) and where they
 * go ({@code --to-environment E | --to-branch B | --to TAG}), plus {@code --ignore}.
 */
public final class MatrixTargetOptions {
  @Spec(Spec.Target.MIXEE) private CommandSpec mixee;

  @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "Versions (repeat for a release train):%n")
  private List<Version> versions = new ArrayList<>();

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Where to (one of):%n")
  private Target target;

  @Option(names = "--ignore", paramLabel = "NAME[:VERSION]", converter = SelectorOption.class,
      description = "A pacticipant (or one version of it) whose rows do not count; repeatable.")
  private List<MatrixQuery.Selector> ignore = new ArrayList<>();

  /**
   * One {@code --pacticipant P} with one choice of its version; the choice must follow its
   * pacticipant. (One flat group checked by {@link #selector}: picocli words errors of a group
   * nested in a repeated one poorly.)
   */
  static final class Version {
    @Option(names = {"-a", "--pacticipant"}, required = true, paramLabel = "NAME", description = "An application's name.")
    String pacticipant;

    @Option(names = {"-e", "--version"}, paramLabel = "VERSION", description = "Its version number.")
    String version;

    @Option(names = {"-l", "--latest"}, arity = "0..1", fallbackValue = "", paramLabel = "TAG",
        description = "Its latest version, or its latest version with TAG.")
    String latest;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "Its latest version on BRANCH.")
    String branch;

    @Option(names = "--main-branch", description = "Its latest version on its main branch.")
    boolean mainBranch;

    MatrixQuery.Selector selector(CommandLine commandLine) {
      List<String> given = new ArrayList<>();
      if (version != null) {
        given.add("--version " + version);
      }
      if (latest != null) {
        given.add(latest.isEmpty() ? "--latest" : "--latest " + latest);
      }
      if (branch != null) {
        given.add("--branch " + branch);
      }
      if (mainBranch) {
        given.add("--main-branch");
      }
      if (given.size() != 1) {
        throw new ParameterException(commandLine, "--pacticipant " + pacticipant + " needs exactly one of --version VERSION,"
            + " --latest [TAG], --branch BRANCH or --main-branch after it, got " + (given.isEmpty() ? "none" : String.join(" and ", given)));
      }
      if (version != null) {
        return new MatrixQuery.Selector(pacticipant, version);
      }
      if (branch != null) {
        return MatrixQuery.Selector.latestOnBranch(pacticipant, branch);
      }
      if (mainBranch) {
        return MatrixQuery.Selector.latestOnMainBranch(pacticipant);
      }
      return latest.isEmpty() ? MatrixQuery.Selector.latest(pacticipant) : MatrixQuery.Selector.latestWithTag(pacticipant, latest);
    }
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

  /** The query these options ask; a pacticipant without exactly one choice of version is a usage error. */
  public MatrixQuery query() {
    List<MatrixQuery.Selector> selectors = selectors();
    return new MatrixQuery(selectors, target == null ? null : target.environment, target == null ? null : target.tag,
        target == null ? null : target.branch, ignore);
  }

  /** The versions, as {@code a 1.0.0 and b (latest on branch main)}; checks them as {@link #query} does. */
  public String describe() {
    return String.join(" and ", selectors().stream().map(MatrixQuery.Selector::toString).toList());
  }

  private List<MatrixQuery.Selector> selectors() {
    return versions.stream().map(v -> v.selector(mixee.commandLine())).toList();
  }
}

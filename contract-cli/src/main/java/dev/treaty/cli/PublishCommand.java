package dev.treaty.cli;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.NoticeLines;
import dev.treaty.cli.internal.PactFiles;
import dev.treaty.cli.internal.Publications;
import dev.treaty.broker.client.ContractPublication;
import dev.treaty.broker.client.Notice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty publish <file-or-dir>... --broker URL --consumer-version V}: publishes pact files
 * to a broker, one request per consumer named in the files, and prints the broker's notices.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes pact files to a broker as one consumer version, with its branch, tags and build URL.",
      "The consumer is read from each file; pacts of several consumers are published separately."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every pact was published",
      "1:a file is not a valid pact, or the broker refused or could not be reached",
      "2:usage error: missing option, path that does not exist, no broker URL"
    })
public final class PublishCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private BrokerOptions broker;

  @Parameters(arity = "1..*", paramLabel = "<file-or-dir>", description = "Pact files or directories of them.")
  private List<Path> paths;

  @Option(names = "--consumer-version", required = true, paramLabel = "VERSION",
      description = "The consumer version the pacts belong to, such as the commit SHA.")
  private String consumerVersion;

  @Option(names = "--branch", paramLabel = "BRANCH", description = "The branch the version was built from.")
  private String branch;

  @Option(names = "--tag", paramLabel = "TAG", description = "A tag for the version; repeatable.")
  private List<String> tags = List.of();

  @Option(names = "--build-url", paramLabel = "URL", description = "The CI build that produced the version.")
  private String buildUrl;

  @Override
  public Integer call() {
    List<Path> files = PactFiles.collect(paths, spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ContractPublication> publications;
    try {
      publications = Publications.group(files, consumerVersion, branch, tags, buildUrl, spec.commandLine());
    } catch (Publications.InvalidPactException e) {
      err.println("treaty: " + e.getMessage());
      return TreatyCommand.PROBLEMS_FOUND;
    }
    boolean failed = false;
    try (BrokerClient client = broker.client(TreatyCommand.environment(spec), spec.commandLine())) {
      for (ContractPublication publication : publications) {
        failed |= !publish(client, publication, out, err);
      }
    }
    out.flush();
    err.flush();
    return failed ? TreatyCommand.PROBLEMS_FOUND : 0;
  }

  private static boolean publish(BrokerClient client, ContractPublication publication, PrintWriter out, PrintWriter err) {
    String what = publication.consumer() + " version " + publication.consumerVersion();
    List<String> providers = publication.pacts().stream().map(ContractPublication.Pact::provider).toList();
    try {
      List<Notice> notices = client.publish(publication);
      out.println("Published " + what + Publications.labels(publication) + " to " + client.baseUrl() + ": "
          + providers.size() + (providers.size() == 1 ? " pact" : " pacts") + " (" + String.join(", ", providers) + ")");
      NoticeLines.print(notices, out);
      return true;
    } catch (BrokerException e) {
      err.println("treaty: publishing " + what + " failed: " + e.getMessage());
      return false;
    }
  }
}

package dev.treaty.cli;

import dev.treaty.broker.client.Environment;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.EnvironmentOptions;
import dev.treaty.cli.internal.OutputOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code treaty describe-environment --uuid UUID | --name NAME}: prints one environment. */
@Command(
    name = "describe-environment",
    mixinStandardHelpOptions = true,
    description = "Prints an environment, named by --uuid (as pact-broker describe-environment does) or --name.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:the broker has no such environment (the known ones are named) or could not be reached", "2:usage error"})
public final class DescribeEnvironmentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @picocli.CommandLine.ArgGroup(multiplicity = "1") private Which which;

  /** Which environment: by the broker's uuid or by name. */
  static final class Which {
    @Option(names = "--uuid", required = true, paramLabel = "UUID", description = "The environment's uuid.") String uuid;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The environment's name.") String name;
  }

  @Override
  public Integer call() {
    String what = "describing environment " + (which.uuid != null ? which.uuid : which.name);
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      Environment environment = which.uuid != null ? client.environmentByUuid(which.uuid) : client.environment(which.name);
      EnvironmentOptions.print("Environment " + environment.name() + " in " + client.baseUrl() + ":", environment,
          spec.commandLine().getOut(), output);
      return 0;
    });
  }
}

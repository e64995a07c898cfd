package dev.treaty.cli;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.Environment;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.EnvironmentOptions;
import dev.treaty.cli.internal.OutputOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treaty update-environment --uuid UUID [--name NEW] ...}: changes an environment; options
 * not given keep their values.
 */
@Command(
    name = "update-environment",
    mixinStandardHelpOptions = true,
    description = {"Changes an environment (as pact-broker update-environment does).",
      "Options not given keep their values. The environment is named by --uuid (as the Pact CLI does) or by --environment NAME."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:updated", "1:the broker refused, has no such environment, or could not be reached", "2:usage error"})
public final class UpdateEnvironmentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @Mixin private EnvironmentOptions options;
  @ArgGroup(multiplicity = "1") private Which which;

  @Option(names = "--name", paramLabel = "NAME", description = "A new name for the environment.")
  private String name;

  /** Which environment: by the broker's uuid or by its current name. */
  static final class Which {
    @Option(names = "--uuid", required = true, paramLabel = "UUID", description = "The environment's uuid.") String uuid;
    @Option(names = "--environment", required = true, paramLabel = "NAME", description = "The environment's current name.") String environment;

    Environment find(BrokerClient client) {
      return uuid != null ? client.environmentByUuid(uuid) : client.environment(environment);
    }
  }

  @Override
  public Integer call() {
    String what = "updating environment " + (which.uuid != null ? which.uuid : which.environment);
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), what, client -> {
      Environment existing = which.find(client);
      Environment updated = client.updateEnvironment(existing.uuid(), options.apply(name != null ? name : existing.name(), existing));
      EnvironmentOptions.print("Updated environment " + updated.name() + " in " + client.baseUrl() + ":", updated,
          spec.commandLine().getOut(), output);
      return 0;
    });
  }
}

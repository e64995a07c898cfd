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

/** {@code treaty create-environment --name NAME}: creates an environment versions are deployed or released to. */
@Command(
    name = "create-environment",
    mixinStandardHelpOptions = true,
    description = "Creates an environment in the broker (as pact-broker create-environment does).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:created", "1:the broker refused (such as a name already taken) or could not be reached", "2:usage error"})
public final class CreateEnvironmentCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;
  @Mixin private EnvironmentOptions options;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The environment's name, as deployments use it (no spaces).")
  private String name;

  @Override
  public Integer call() {
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "creating environment " + name, client -> {
      Environment created = client.createEnvironment(options.apply(name, null));
      EnvironmentOptions.print("Created environment " + created.name() + " in " + client.baseUrl() + ":", created,
          spec.commandLine().getOut(), output);
      return 0;
    });
  }
}

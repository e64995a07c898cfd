package dev.treaty.cli;

import dev.treaty.broker.client.Environment;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.OutputOption;
import dev.treaty.cli.internal.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code treaty list-environments}: every environment of the broker as a table. */
@Command(
    name = "list-environments",
    mixinStandardHelpOptions = true,
    description = "Lists the broker's environments (as pact-broker list-environments does).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:the broker refused or could not be reached", "2:usage error"})
public final class ListEnvironmentsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private BrokerOptions broker;
  @Mixin private OutputOption output;

  @Override
  public Integer call() {
    return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "listing environments", client -> {
      if (output.json()) {
        spec.commandLine().getOut().println(client.environmentsJson());
        return 0;
      }
      List<List<String>> cells = new ArrayList<>();
      cells.add(List.of("UUID", "NAME", "DISPLAY NAME", "PRODUCTION"));
      for (Environment e : client.environments()) {
        cells.add(List.of(e.uuid(), e.name(), e.displayName() == null ? "" : e.displayName(), String.valueOf(e.production())));
      }
      Table.print(cells, spec.commandLine().getOut());
      return 0;
    });
  }
}

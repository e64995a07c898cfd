package dev.treaty.cli;

import dev.treaty.broker.client.AccessToken;
import dev.treaty.cli.internal.BrokerCall;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.DurationConverter;
import dev.treaty.cli.internal.OutputOption;
import dev.treaty.cli.internal.Table;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty token create|list|revoke}: a Treaty broker's access tokens, for an admin (the
 * broker started with {@code --admin-token}; pass that or another admin token as {@code --broker-token}).
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Creates, lists and revokes the broker's access tokens (admin only).",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to do: token create, token list or token revoke");
  }

  /** {@code treaty token create}: the new token is printed alone on the last line, so {@code | tail -1} gets it. */
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a token and prints it (the only time it is shown).",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:created", "1:the broker refused or could not be reached", "2:usage error"})
  static final class Create implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private BrokerOptions broker;

    @Option(names = "--role", required = true, paramLabel = "read|write|admin",
        description = "read: read everything (and fetch pacts for verification); write: also publish, verify and record deployments; admin: also environments, tokens and the audit log.")
    private String role;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who or what the token is for, e.g. order-service-ci.")
    private String name;

    @Option(names = "--expires-in", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "How long it works: 30d, 12h, 90m or ISO-8601 (P30D); default no expiry.")
    private Duration expiresIn;

    @Override
    public Integer call() {
      if (!List.of("read", "write", "admin").contains(role)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--role must be read, write or admin, not '" + role + "'");
      }
      return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "creating a token", client -> {
        AccessToken token = client.createToken(name, role, expiresIn);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created token '" + token.name() + "' (" + token.role() + ", id " + token.id() + ", "
            + (token.expiresAt() == null ? "no expiry" : "expires " + token.expiresAt()) + ").");
        out.println("Keep it secret; it is shown only now. Revoke it with: treaty token revoke " + token.id());
        out.println(token.secret());
        return 0;
      });
    }
  }

  /** {@code treaty token list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tokens, newest first (never their secrets).",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "1:the broker refused or could not be reached", "2:usage error"})
  static final class ListTokens implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private BrokerOptions broker;
    @Mixin private OutputOption output;

    @Override
    public Integer call() {
      return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "listing tokens", client -> {
        if (output.json()) {
          spec.commandLine().getOut().println(client.tokensJson());
          return 0;
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("ID", "NAME", "ROLE", "CREATED", "BY", "EXPIRES", "LAST USED", "REVOKED"));
        for (AccessToken t : client.tokens()) {
          cells.add(List.of(t.id(), t.name(), t.role(), time(t.createdAt()), t.createdBy() == null ? "" : t.createdBy(),
              time(t.expiresAt()), time(t.lastUsedAt()), time(t.revokedAt())));
        }
        Table.print(cells, spec.commandLine().getOut());
        return 0;
      });
    }
  }

  /** {@code treaty token revoke ID}. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token; it stops working at once.",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:revoked", "1:the broker refused or could not be reached", "2:usage error"})
  static final class Revoke implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private BrokerOptions broker;

    @Parameters(paramLabel = "ID", description = "The token's id (treaty token list shows it).")
    private String id;

    @Override
    public Integer call() {
      return BrokerCall.run(broker, TreatyCommand.environment(spec), spec.commandLine(), "revoking token " + id, client -> {
        AccessToken token = client.revokeToken(id);
        spec.commandLine().getOut().println("Revoked token '" + token.name() + "' (" + token.role() + ", id " + token.id()
            + ") at " + token.revokedAt() + ".");
        return 0;
      });
    }
  }

  private static String time(Instant instant) {
    return instant == null ? "-" : instant.toString();
  }
}

package dev.treaty.cli.internal;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine;

/**
 * Runs one broker command: opens the client, runs the work, and turns a refusal into
 * {@code treaty: <what> failed: <the broker's status and errors>} and exit code 1.
 */
public final class BrokerCall {
  private BrokerCall() {}

  /** Runs {@code work} against the broker of {@code options}; its result is the exit code. */
  public static int run(BrokerOptions options, Map<String, String> environment, CommandLine commandLine, String what,
      ToIntFunction<BrokerClient> work) {
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    try (BrokerClient client = options.client(environment, commandLine)) {
      return work.applyAsInt(client);
    } catch (BrokerException e) {
      err.println("treaty: " + what + " failed: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }
}

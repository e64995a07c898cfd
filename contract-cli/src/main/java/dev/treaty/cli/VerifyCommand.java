package dev.treaty.cli;

import dev.treaty.cli.internal.DurationConverter;
import dev.treaty.cli.internal.HeaderOption;
import dev.treaty.cli.internal.VerifySources;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.HttpProviderStateHandler;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.ProviderVerifier;
import dev.treaty.verify.RequestFilter;
import dev.treaty.verify.VerificationJsonWriter;
import dev.treaty.verify.VerificationReport;
import dev.treaty.verify.VerificationSummaryRenderer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty verify <file-or-dir-or-url>... --provider NAME --provider-base-url URL}: replays
 * every interaction of the provider's contracts against the running provider and prints a summary;
 * exits 1 when any interaction failed or errored (pending ones excepted).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the provider's contracts against the running provider and reports every mismatch.",
      "Provider states are POSTed to --provider-states-url as {\"state\", \"params\", \"action\"}."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every interaction passed (pending ones excepted)",
      "1:an interaction failed or errored, or a contract could not be read",
      "2:usage error: missing option, bad URL, path that does not exist, no contracts for the provider"
    })
public final class VerifyCommand implements Callable<Integer> {
  /** The formats of the report. */
  enum Format { human, json }

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<file-or-dir-or-url>", description = "Pact files, directories or URLs.")
  private List<String> sources;

  @Option(names = "--provider", required = true, paramLabel = "NAME", description = "The provider to verify.")
  private String provider;

  @Option(names = "--provider-base-url", required = true, paramLabel = "URL",
      description = "Where the provider runs: scheme, host, port, optional base path.")
  private String baseUrl;

  @Option(names = "--provider-states-url", paramLabel = "URL",
      description = "Endpoint that sets provider states up and down (POST).")
  private String statesUrl;

  @Option(names = "--header", paramLabel = "\"Name: value\"", converter = HeaderOption.Converter.class,
      description = "A header added to every request, such as Authorization; repeatable.")
  private List<HeaderOption> headers = List.of();

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
      description = "Longest time per request, such as 10s or 500ms (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default) or json.")
  private Format output;

  @Option(names = "--output-file", paramLabel = "FILE",
      description = "Write the report there; the human summary still goes to standard output.")
  private Path outputFile;

  @Override
  public Integer call() throws IOException {
    List<ContractSource> list = VerifySources.of(sources, spec.commandLine());
    ContractSource source = ContractSource.all(list);
    ProviderVerifier.Builder builder = verifierBuilder();
    List<LoadedContract> contracts;
    try {
      contracts = source.load(provider);
    } catch (ContractSourceException e) {
      spec.commandLine().getErr().println("treaty: " + e.getMessage());
      return TreatyCommand.PROBLEMS_FOUND;
    }
    if (contracts.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no contracts for provider \"" + provider + "\" in "
          + source.describe() + "; check --provider against the provider name in the pact files");
    }
    VerificationReport report;
    try (HttpProviderStateHandler states = statesHandler()) {
      if (states != null) {
        builder.stateHandler(states);
      }
      try (ProviderVerifier verifier = builder.build()) {
        report = verifier.verify(provider, contracts);
      }
    }
    print(report);
    return report.succeeded() ? 0 : TreatyCommand.PROBLEMS_FOUND;
  }

  private ProviderVerifier.Builder verifierBuilder() {
    ProviderVerifier.Builder builder = ProviderVerifier.builder().timeout(timeout);
    try {
      builder.baseUrl(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--provider-base-url: " + e.getMessage());
    }
    headers.forEach(h -> builder.requestFilter(RequestFilter.header(h.name(), h.value())));
    return builder;
  }

  private HttpProviderStateHandler statesHandler() {
    if (statesUrl == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(statesUrl);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || !statesUrl.toLowerCase(java.util.Locale.ROOT).startsWith("http")) {
      throw new ParameterException(spec.commandLine(), "--provider-states-url is not an http(s) URL: "
          + statesUrl + "; write it like http://localhost:8080/_pact/provider-states");
    }
    return new HttpProviderStateHandler(uri, timeout);
  }

  private void print(VerificationReport report) throws IOException {
    String rendered = output == Format.json
        ? VerificationJsonWriter.write(report)
        : VerificationSummaryRenderer.render(report);
    if (outputFile != null) {
      Files.writeString(outputFile, rendered, StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(VerificationSummaryRenderer.render(report));
    } else {
      spec.commandLine().getOut().print(rendered);
    }
    spec.commandLine().getOut().flush();
  }
}

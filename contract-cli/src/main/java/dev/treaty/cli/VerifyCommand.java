package dev.treaty.cli;

import dev.treaty.broker.client.BrokerClient;
import dev.treaty.broker.client.BrokerContractSource;
import dev.treaty.broker.client.ProviderVersion;
import dev.treaty.cli.internal.BrokerOptions;
import dev.treaty.cli.internal.BrokerOutput;
import dev.treaty.cli.internal.BrokerVerifyOptions;
import dev.treaty.cli.internal.DurationConverter;
import dev.treaty.cli.internal.HeaderOption;
import dev.treaty.cli.internal.VerifySources;
import dev.treaty.verify.ContractSource;
import dev.treaty.verify.ContractSourceException;
import dev.treaty.verify.HttpMessageProducer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty verify <file-or-dir-or-url>... --provider NAME --provider-base-url URL}: replays
 * every interaction of the provider's contracts against the running provider and prints a summary;
 * exits 1 when any interaction failed or errored (pending ones excepted). With {@code --broker} the
 * contracts come (also) from a broker, and {@code --publish} sends the results back.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the provider's contracts against the running provider and reports every mismatch.",
      "Provider states are POSTed to --provider-states-url as {\"state\", \"params\", \"action\"}.",
      "Messages: {\"description\", \"providerStates\"} is POSTed to --message-producer-url;",
      "the answer is the message, its Pact-Message-Metadata header (base64 JSON) the metadata.",
      "With --broker (or TREATY_BROKER_URL and no files) the broker selects the pacts to verify."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every interaction passed (pending ones excepted)",
      "1:an interaction failed or errored, a contract could not be read, or results could not be published",
      "2:usage error: missing option, bad URL, path that does not exist, no contracts for the provider"
    })
public final class VerifyCommand implements Callable<Integer> {
  /** The formats of the report. */
  enum Format { human, json }

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "<file-or-dir-or-url>",
      description = "Pact files, directories or URLs; none when the broker selects the pacts.")
  private List<String> sources = List.of();

  @Mixin private BrokerOptions broker;

  @Mixin private BrokerVerifyOptions brokerVerify;

  @Option(names = "--provider", required = true, paramLabel = "NAME", description = "The provider to verify.")
  private String provider;

  @Option(names = "--provider-base-url", required = true, paramLabel = "URL",
      description = "Where the provider runs: scheme, host, port, optional base path.")
  private String baseUrl;

  @Option(names = "--provider-states-url", paramLabel = "URL",
      description = "Endpoint that sets provider states up and down (POST).")
  private String statesUrl;

  @Option(names = "--message-producer-url", paramLabel = "URL",
      description = "Endpoint that returns the actual message of a message interaction (POST).")
  private String messagesUrl;

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
    List<ContractSource> list = new ArrayList<>(VerifySources.of(sources, spec.commandLine()));
    try (BrokerClient client = brokerClient()) {
      BrokerContractSource brokerSource = client == null ? null : brokerVerify.source(client, provider, spec.commandLine());
      if (brokerSource != null) {
        list.add(brokerSource);
      } else if (list.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no contracts to verify; pass pact files, directories or"
            + " URLs, or --broker URL to let a broker select them");
      }
      return verify(ContractSource.all(list), brokerSource);
    }
  }

  private BrokerClient brokerClient() {
    Map<String, String> environment = TreatyCommand.environment(spec);
    if (broker.given() || (sources.isEmpty() && broker.url(environment) != null)) {
      return broker.client(environment, spec.commandLine());
    }
    if (brokerVerify.pactUrl() != null) {
      return broker.client(environment, spec.commandLine(), VerifySources.origin(brokerVerify.pactUrl(), spec.commandLine()));
    }
    brokerVerify.checkWithoutBroker(spec.commandLine());
    return null;
  }

  private int verify(ContractSource source, BrokerContractSource brokerSource) throws IOException {
    ProviderVerifier.Builder builder = verifierBuilder();
    ProviderVersion publishAs = brokerSource == null ? null : brokerVerify.publishAs(spec.commandLine());
    BrokerOutput brokerOutput = brokerSource == null ? null : new BrokerOutput(brokerSource);
    List<LoadedContract> contracts;
    try {
      contracts = source.load(provider);
    } catch (ContractSourceException e) {
      spec.commandLine().getErr().println("treaty: " + e.getMessage());
      return TreatyCommand.PROBLEMS_FOUND;
    }
    if (contracts.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no contracts for provider \"" + provider + "\" in "
          + source.describe() + (brokerSource == null ? "; check --provider against the provider name in the pact files"
          : "; check --provider and the selectors, or publish the consumers' pacts first"));
    }
    if (brokerOutput != null) {
      brokerOutput.printSelection(provider, contracts, spec.commandLine().getOut());
    }
    if (publishAs != null) {
      builder.resultsPublisher(brokerOutput.recording(brokerSource.resultsPublisher(publishAs)));
    }
    VerificationReport report;
    try (HttpProviderStateHandler states = statesHandler();
        HttpMessageProducer messages = messageProducer()) {
      if (states != null) {
        builder.stateHandler(states);
      }
      if (messages != null) {
        builder.messageProducer(messages);
      }
      try (ProviderVerifier verifier = builder.build()) {
        report = verifier.verify(provider, contracts);
      }
    }
    print(report, brokerSource != null);
    boolean published = publishAs == null
        || brokerOutput.printPublished(publishAs, spec.commandLine().getOut(), spec.commandLine().getErr());
    spec.commandLine().getOut().flush();
    return report.succeeded() && published ? 0 : TreatyCommand.PROBLEMS_FOUND;
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
    URI uri = httpUrl("--provider-states-url", statesUrl, "http://localhost:8080/_pact/provider-states");
    return uri == null ? null : new HttpProviderStateHandler(uri, timeout);
  }

  private HttpMessageProducer messageProducer() {
    URI uri = httpUrl("--message-producer-url", messagesUrl, "http://localhost:8080/_pact/messages");
    return uri == null ? null : new HttpMessageProducer(uri, timeout);
  }

  /** {@code value} as an http(s) URL, null when the option is not given; anything else is a usage error. */
  private URI httpUrl(String option, String value, String example) {
    if (value == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || !value.toLowerCase(java.util.Locale.ROOT).startsWith("http")) {
      throw new ParameterException(spec.commandLine(), option + " is not an http(s) URL: " + value
          + "; write it like " + example);
    }
    return uri;
  }

  /** Prints the report; with a broker, the human summary leaves out the notices already shown per pact. */
  private void print(VerificationReport report, boolean noticesShown) throws IOException {
    VerificationReport human = noticesShown ? new VerificationReport(report.provider(), report.results(), List.of()) : report;
    String rendered = output == Format.json
        ? VerificationJsonWriter.write(report)
        : VerificationSummaryRenderer.render(human);
    if (outputFile != null) {
      Files.writeString(outputFile, rendered, StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(VerificationSummaryRenderer.render(human));
    } else {
      spec.commandLine().getOut().print(rendered);
    }
    spec.commandLine().getOut().flush();
  }
}

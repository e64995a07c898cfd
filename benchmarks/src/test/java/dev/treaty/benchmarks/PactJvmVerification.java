package dev.treaty.benchmarks;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.UnknownPactSource;
import au.com.dius.pact.core.support.json.JsonParser;
import au.com.dius.pact.provider.HttpClientFactory;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

// pact-jvm's side: the pact is read once with pact-jvm's reader; one run calls pact-jvm's
// ProviderVerifier.verifyResponseFromProvider for every interaction (the call its JUnit and Gradle
// verifiers make per interaction: build the request, send it, match the response). Its console
// reporters are switched off, as Treaty prints nothing either: only verification is timed.
final class PactJvmVerification {
  private final ProviderVerifier verifier = new ProviderVerifier();
  private final ProviderInfo provider;
  private final ProviderClient client;
  private final List<SynchronousRequestResponse> interactions = new ArrayList<>();

  PactJvmVerification(String pactJson, int port) {
    Pact pact = DefaultPactReader.INSTANCE.pactFromJson(
        JsonParser.parseString(pactJson).asObject(), UnknownPactSource.INSTANCE);
    for (Interaction interaction : pact.getInteractions()) {
      interactions.add((SynchronousRequestResponse) interaction);
    }
    verifier.setReporters(List.of());
    this.provider = new ProviderInfo("order-api", "http", "localhost", port, "/");
    this.client = new ProviderClient(provider, new HttpClientFactory());
  }

  List<VerificationResult> verifyAll() {
    List<VerificationResult> results = new ArrayList<>(interactions.size());
    for (SynchronousRequestResponse interaction : interactions) {
      results.add(verifier.verifyResponseFromProvider(
          provider, interaction, interaction.getDescription(), new HashMap<>(), client));
    }
    return results;
  }

  /** How many interactions passed in one run. */
  int passed() {
    return (int) verifyAll().stream().filter(r -> r instanceof VerificationResult.Ok).count();
  }
}

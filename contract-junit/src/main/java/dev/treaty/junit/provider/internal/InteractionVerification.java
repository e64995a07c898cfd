package dev.treaty.junit.provider.internal;

import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.Interaction;
import dev.treaty.contract.MessageInteraction;
import dev.treaty.contract.ProviderState;
import dev.treaty.junit.provider.StateAction;
import dev.treaty.junit.provider.VerificationContext;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import dev.treaty.verify.ProviderVerifier;
import dev.treaty.verify.RequestFilter;
import dev.treaty.verify.VerificationSummaryRenderer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The {@link VerificationContext} of one invocation: collects the target and filters, checks that
 * every state and message has a method, runs a {@link ProviderVerifier} derived from the class's
 * (sharing its HTTP client) on the one interaction and turns its result into a pass, a failure, or an abort for pending contracts.
 */
final class InteractionVerification implements VerificationContext {
  private final ProviderClass provider;
  private final LoadedContract contract;
  private final Interaction interaction;
  private final Object testInstance;
  private final List<RequestFilter> filters = new ArrayList<>();
  private final ProviderVerifier.Builder builder;
  private URI target;
  private boolean verified;

  InteractionVerification(ProviderClass provider, LoadedContract contract, Interaction interaction, Object testInstance) {
    this.provider = provider;
    this.contract = contract;
    this.interaction = interaction;
    this.testInstance = testInstance;
    this.builder = provider.verifier().newBuilder();
  }

  @Override
  public VerificationContext target(URI baseUrl) {
    builder.baseUrl(baseUrl);
    this.target = baseUrl;
    return this;
  }

  @Override
  public VerificationContext requestFilter(RequestFilter filter) {
    filters.add(Objects.requireNonNull(filter, "filter"));
    return this;
  }

  @Override
  public VerificationContext timeout(Duration timeout) {
    builder.timeout(timeout);
    return this;
  }

  @Override
  public LoadedContract contract() {
    return contract;
  }

  @Override
  public Interaction interaction() {
    return interaction;
  }

  @Override
  public InteractionResult verify() {
    verified = true;
    InteractionResult result = missingMethod();
    if (result == null) {
      result = run();
    }
    provider.record(contract, interaction, result);
    String rendered = VerificationSummaryRenderer.renderResult(result);
    if (result.outcome() == Outcome.PENDING) {
      throw new TestAbortedException("pending contract, not failing the build:\n" + rendered, result.cause());
    }
    if (result.failsRun()) {
      throw new AssertionFailedError(rendered, result.cause());
    }
    return result;
  }

  boolean verified() {
    return verified;
  }

  private InteractionResult run() {
    if (interaction instanceof HttpInteraction && target == null) {
      throw new ExtensionConfigurationException(owner() + " has no provider target for \""
          + InteractionInvocation.displayName(contract.contract().consumer(), interaction)
          + "\"; call context.target(URI.create(\"http://localhost:\" + port)) before context.verify(),"
          + " for example in a @BeforeEach method that takes a VerificationContext");
    }
    builder.stateHandler(new AnnotatedStateHandler(provider.states(), testInstance))
        .messageProducer((description, states) -> provider.messages().produce(testInstance, description, states));
    filters.forEach(builder::requestFilter);
    // Shares the class's HTTP client: closing this verifier leaves it open for the next interaction.
    try (ProviderVerifier verifier = builder.build()) {
      return verifier.verify(contract, interaction);
    }
  }

  /** An error result when a state or message of the interaction has no method, else null. */
  private InteractionResult missingMethod() {
    for (ProviderState state : interaction.providerStates()) {
      if (provider.states().find(state.name(), StateAction.SETUP).isEmpty()) {
        return error("@State \"" + state.name() + "\" has no handler; add a method annotated @State(\""
            + state.name() + "\") to " + owner());
      }
    }
    if (interaction instanceof MessageInteraction && provider.messages().find(interaction.description()).isEmpty()) {
      return error("message \"" + interaction.description() + "\" has no producer; add a method annotated"
          + " @ProducesMessage(\"" + interaction.description() + "\") to " + owner());
    }
    return null;
  }

  private InteractionResult error(String message) {
    var c = contract.contract();
    return new InteractionResult(c.consumer(), c.provider(), interaction.description(), interaction.providerStates(),
        contract.location(), contract.pending() ? Outcome.PENDING : Outcome.ERROR, List.of(), message, null);
  }

  private String owner() {
    return provider.testClass().getSimpleName();
  }
}

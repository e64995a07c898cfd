package dev.treaty.junit.provider.internal;

import dev.treaty.contract.Interaction;
import dev.treaty.contract.ProviderState;
import dev.treaty.junit.provider.VerificationContext;
import dev.treaty.verify.InteractionResult;
import dev.treaty.verify.LoadedContract;
import dev.treaty.verify.Outcome;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One template invocation, for one interaction: its display name, the {@link VerificationContext}
 * it injects, and the check afterwards that the template method really verified.
 */
final class InteractionInvocation
    implements TestTemplateInvocationContext, ParameterResolver, AfterTestExecutionCallback {
  private final ProviderClass provider;
  private final LoadedContract contract;
  private final Interaction interaction;
  private InteractionVerification verification;

  InteractionInvocation(ProviderClass provider, LoadedContract contract, Interaction interaction) {
    this.provider = provider;
    this.contract = contract;
    this.interaction = interaction;
  }

  /** An error result for a test that failed before its interaction was verified. */
  private InteractionResult notVerified(Throwable e) {
    var c = contract.contract();
    String message = "the test failed before verifying: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage());
    return new InteractionResult(c.consumer(), c.provider(), interaction.description(), interaction.providerStates(),
        contract.location(), contract.pending() ? Outcome.PENDING : Outcome.ERROR, List.of(), message, e);
  }

  /** {@code order-web · get order 42 · given order 42 exists}; no "given" part without states. */
  @Override
  public String getDisplayName(int invocationIndex) {
    return displayName(contract.contract().consumer(), interaction);
  }

  static String displayName(String consumer, Interaction interaction) {
    String name = consumer + " · " + interaction.description();
    List<ProviderState> states = interaction.providerStates();
    return states.isEmpty() ? name
        : name + " · given " + states.stream().map(ProviderState::name).collect(Collectors.joining(" and "));
  }

  @Override
  public List<Extension> getAdditionalExtensions() {
    return List.of(this);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == VerificationContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (verification == null) {
      verification = new InteractionVerification(provider, contract, interaction, context.getRequiredTestInstance());
    }
    return verification;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    context.getExecutionException().ifPresent(e -> {
      if (!provider.recorded(contract, interaction)) {
        provider.record(contract, interaction, notVerified(e));
      }
    });
    if (context.getExecutionException().isPresent() || (verification != null && verification.verified())) {
      return;
    }
    throw new ExtensionConfigurationException(provider.testClass().getSimpleName() + "."
        + context.getRequiredTestMethod().getName() + " ended without calling VerificationContext.verify(), so \""
        + displayName(contract.contract().consumer(), interaction) + "\" was not verified; take a"
        + " VerificationContext parameter in the @TestTemplate method and call context.verify()");
  }
}

package dev.treaty.junit.consumer.internal;

import dev.treaty.contract.Body;
import dev.treaty.contract.HttpInteraction;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.ProviderState;
import dev.treaty.matching.PlainTextMismatchRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Renders what went wrong with a mock provider as one {@link AssertionFailedError}: the message
 * names each interaction and mismatch; expected and actual list the requests, for the IDE's diff.
 */
final class FailureMessages {
  private FailureMessages() {}

  /** The failure of a test (or of a class, for shared interactions), if anything went wrong. */
  static Optional<AssertionFailedError> failure(String consumer, String scope, List<TestOutcome> outcomes) {
    List<String> sections = new ArrayList<>();
    List<String> notReceived = new ArrayList<>();
    java.util.Set<String> expected = new java.util.LinkedHashSet<>();
    List<String> actual = new ArrayList<>();
    for (TestOutcome outcome : outcomes) {
      for (UnexpectedRequest miss : outcome.unexpected()) {
        sections.add(unexpected(consumer, outcome.provider(), miss));
        expected.add(miss.closest() == null ? "(no interaction declared)"
            : requestText(miss.closest().request(), miss.closest().request()));
        actual.add(requestText(miss.request(), miss.closest() == null ? null : miss.closest().request()));
      }
      if (!outcome.notReceived().isEmpty()) {
        notReceived.add(notReceived(consumer, scope, outcome));
        outcome.notReceived().forEach(i -> expected.add(requestText(i.request(), i.request())));
      }
    }
    sections.addAll(notReceived);
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AssertionFailedError(String.join("\n", sections),
        String.join("\n\n", expected), actual.isEmpty() ? "(no request received)" : String.join("\n\n", actual)));
  }

  /** The body of the mock's answer to an unexpected request, so that client logs show it too. */
  static String unexpectedBody(String consumer, String provider, UnexpectedRequest miss) {
    return unexpected(consumer, provider, miss);
  }

  private static String notReceived(String consumer, String scope, TestOutcome outcome) {
    int n = outcome.notReceived().size();
    StringBuilder text = new StringBuilder(consumer).append(" -> ").append(outcome.provider()).append(": ")
        .append(n).append(n == 1 ? " interaction was" : " interactions were")
        .append(" declared but not received ").append(scope).append('\n');
    for (HttpInteraction interaction : outcome.notReceived()) {
      text.append("  ").append(name(interaction)).append(": ")
          .append(WireMockRequests.requestLine(interaction.request())).append('\n');
    }
    return text.toString();
  }

  private static String unexpected(String consumer, String provider, UnexpectedRequest miss) {
    StringBuilder text = new StringBuilder(consumer).append(" -> ").append(provider)
        .append(": request matched no interaction: ")
        .append(WireMockRequests.requestLine(miss.request())).append('\n');
    if (miss.closest() == null) {
      return text.append("  no interaction is declared; declare one with MockProvider.expect(...)"
          + " in the test or with an @Interactions method\n").toString();
    }
    String rendered = PlainTextMismatchRenderer.render(consumer, provider, miss.closest(), miss.result());
    String headline = consumer + " -> " + provider + ", ";
    if (rendered.startsWith(headline)) {
      rendered = rendered.substring(headline.length());
    }
    text.append("  closest ").append(rendered.stripTrailing().replace("\n", "\n  ")).append('\n');
    return text.toString();
  }

  private static String name(HttpInteraction interaction) {
    StringBuilder name = new StringBuilder("\"").append(interaction.description()).append('"');
    List<ProviderState> states = interaction.providerStates();
    for (int i = 0; i < states.size(); i++) {
      name.append(i == 0 ? " (given \"" : " and \"").append(states.get(i).name()).append('"');
    }
    return states.isEmpty() ? name.toString() : name.append(')').toString();
  }

  /** The request line, the headers the contract names and the body, as compared in the IDE. */
  private static String requestText(HttpRequest request, HttpRequest contract) {
    StringBuilder text = new StringBuilder(WireMockRequests.requestLine(request));
    if (contract != null) {
      for (String header : contract.headers().values().keySet()) {
        for (String value : request.headers().get(header)) {
          text.append('\n').append(header).append(": ").append(value);
        }
      }
    }
    Body body = request.body();
    if (body.isPresent()) {
      text.append("\n\n").append(body instanceof Body.Json json ? json.value().toPrettyString()
          : new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}

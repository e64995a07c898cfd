package dev.treaty.dsl;

import dev.treaty.contract.Generator;

/** Adapts matched values to paths, headers and query parameters, which hold text. */
final class HttpValues {
  private HttpValues() {}

  /**
   * The value as text; a provider-state value keeps its generator but is compared with its example
   * (a type rule would accept any text, which says nothing about a path or header).
   */
  static MatchedValue forHttp(MatchedValue value) {
    var text = com.fasterxml.jackson.databind.node.TextNode.valueOf(value.exampleText());
    if (value.generator() != null && value.generator() instanceof Generator.ProviderState) {
      return new MatchedValue(text, null, value.generator());
    }
    return new MatchedValue(text, value.rules(), value.generator());
  }
}

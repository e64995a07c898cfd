package dev.treaty.contract;

import java.util.Optional;

/** A version of the Pact specification that a contract file is written in. */
public enum SpecVersion {
  V1("1.0.0"),
  V1_1("1.1.0"),
  V2("2.0.0"),
  V3("3.0.0"),
  V4("4.0");

  private final String label;

  SpecVersion(String label) {
    this.label = label;
  }

  /** The version as written in a pact file's {@code metadata.pactSpecification.version}. */
  public String label() {
    return label;
  }

  /** Whether this version groups matching rules by category (V3 and later). */
  public boolean hasRuleCategories() {
    return this == V3 || this == V4;
  }

  /**
   * Parses a version label as found in pact files ({@code "3.0.0"}, {@code "4.0"}, {@code "v2"},
   * {@code "1.1"}); empty when the text names no known version.
   */
  public static Optional<SpecVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.startsWith("v")) {
      t = t.substring(1);
    }
    if (t.equals("1.1") || t.startsWith("1.1.")) {
      return Optional.of(V1_1);
    }
    if (t.isEmpty()) {
      return Optional.empty();
    }
    return switch (t.charAt(0)) {
      case '1' -> Optional.of(V1);
      case '2' -> Optional.of(V2);
      case '3' -> Optional.of(V3);
      case '4' -> Optional.of(V4);
      default -> Optional.empty();
    };
  }
}

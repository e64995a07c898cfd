package dev.treaty.broker.internal.api;

import java.util.Optional;

/**
 * Every limit on a text value the broker accepts, in one place, checked before anything reaches the
 * database: names and numbers fit their {@code VARCHAR(255)} columns, URLs their
 * {@code VARCHAR(2048)} ones, and no value carries a control character (PostgreSQL cannot store
 * NUL, and a name with a line break or escape sequence forges log lines and breaks links) or an
 * unpaired UTF-16 surrogate (it has no UTF-8 form). The broker-server README's "Limits" table lists
 * these; collection limits live with the parsers that read them ({@code SelectorParser},
 * {@code MatrixQueryParser}) and {@link #LIST_ENTRIES}.
 */
public final class FieldLimits {
  /** Pacticipant, version number, branch, tag, environment, display name, team, application instance. */
  public static final int NAME = 255;
  /** buildUrl, repositoryUrl, runbookUrl, docsUrl. */
  public static final int URL = 2048;
  /** A token's name. */
  public static final int TOKEN_NAME = 100;
  /** Any query parameter's value, and a pact URL's opaque metadata segment. */
  public static final int QUERY_VALUE = 2048;
  /** Entries in a body's list of names (the tags of one publication). */
  public static final int LIST_ENTRIES = 100;

  private FieldLimits() {}

  /** The most characters the JSON body field {@code key} may have; {@code content} is bounded only by the body limit. */
  public static int ofBodyField(String key) {
    return switch (key) {
      case "buildUrl", "repositoryUrl", "runbookUrl", "docsUrl" -> URL;
      case "content" -> Integer.MAX_VALUE;
      default -> NAME;
    };
  }

  /** The most characters path parameter {@code name} may have. */
  public static int ofPathParameter(String name) {
    return name.equals("metadata") ? QUERY_VALUE : NAME;
  }

  /**
   * What is wrong with {@code value} as a value of at most {@code max} characters, phrased to follow
   * the field's name ({@code "is 300 characters long; at most 255 allowed"}), or empty when nothing is.
   */
  public static Optional<String> problem(String value, int max) {
    if (value.length() > max) {
      return Optional.of("is " + value.length() + " characters long; at most " + max + " allowed");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of("contains the control character " + codePoint(c) + " at index " + i
            + "; send printable text (no NUL, tab, line break or escape)");
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("contains the unpaired surrogate " + codePoint(c) + " at index " + i
            + ", which is not a character; send valid UTF-8 text");
      }
    }
    return Optional.empty();
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}

package dev.treaty.matching;

import java.util.Locale;

/** The part of a request, response or message where a mismatch was found. */
public enum Part {
  METHOD,
  PATH,
  QUERY,
  HEADER,
  STATUS,
  BODY,
  METADATA;

  /** The lower-case name used in messages ({@code body}, {@code header}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

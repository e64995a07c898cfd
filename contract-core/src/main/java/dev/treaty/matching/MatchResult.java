package dev.treaty.matching;

import java.util.List;

/** Every mismatch found when matching one actual request, response or message; empty on success. */
public record MatchResult(List<Mismatch> mismatches) {

  public static final MatchResult MATCHED = new MatchResult(List.of());

  public MatchResult {
    mismatches = List.copyOf(mismatches);
  }

  public boolean matched() {
    return mismatches.isEmpty();
  }
}

package dev.treaty.matching.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Equality of JSON values as Pact sees it (numbers by value); exists to keep it in one place. */
public final class JsonValues {
  private JsonValues() {}

  /** Whether two JSON values are equal; numbers compare by value, so {@code 1.0} equals {@code 1}. */
  public static boolean equal(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.isIntegralNumber() && actual.isIntegralNumber()
          && expected.canConvertToLong() && actual.canConvertToLong()) {
        return expected.longValue() == actual.longValue();
      }
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }
}

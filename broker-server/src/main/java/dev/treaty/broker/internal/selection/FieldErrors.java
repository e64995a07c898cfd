package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.api.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every validation problem of a request, per field, so one 400 names them all. */
final class FieldErrors {
  static final String SELECTORS = "consumerVersionSelectors";

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  void add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  /** A problem with the selector at {@code index}, reported under {@code consumerVersionSelectors}. */
  void selector(int index, String message) {
    add(SELECTORS, message + " (at index " + index + ")");
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws the 400 when anything was collected. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ApiException.invalidFields(errors);
    }
  }
}

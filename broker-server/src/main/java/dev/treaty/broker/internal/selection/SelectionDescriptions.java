package dev.treaty.broker.internal.selection;

import dev.treaty.broker.internal.store.SelectionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says in words why a selection matched: the short form verifiers use as a test name
 * ({@code latest from branch main, deployed to production}) and the long form of the notices
 * ({@code latest version of Foo from branch 'main' (1.2.3)}), worded like the Pact Broker's.
 */
final class SelectionDescriptions {
  private SelectionDescriptions() {}

  /** Distinct short descriptions joined with ", ". */
  static String shortDescription(List<Selection> selections) {
    LinkedHashSet<String> parts = new LinkedHashSet<>();
    selections.forEach(s -> parts.add(shortDescription(s)));
    return String.join(", ", parts);
  }

  static String shortDescription(Selection s) {
    String consumer = s.criterion().consumer();
    return switch (s.kind()) {
      case OVERALL_LATEST -> "latest";
      case LATEST_TAG, LATEST_MAIN_BRANCH_TAG -> "latest with tag " + s.branchOrTag();
      case MAIN_BRANCH, BRANCH -> "latest from branch " + s.branchOrTag();
      case ALL_TAG -> consumer != null ? "one of " + consumer + " " + s.branchOrTag() : "one of " + s.branchOrTag();
      case DEPLOYED -> "deployed to " + s.pact().environment();
      case RELEASED -> "released in " + s.pact().environment();
    };
  }

  /** One line per selection (deployed and released grouped per consumer), most specific first. */
  static List<String> longDescriptions(List<Selection> selections, String providerName) {
    List<Selection> sorted = new ArrayList<>(selections);
    sorted.sort(Comparator.comparingInt((Selection s) -> rank(s.kind()))
        .thenComparing(s -> Objects.toString(s.branchOrTag(), ""))
        .thenComparing(s -> Objects.toString(s.pact().environment(), ""))
        .thenComparingLong(s -> s.pact().consumerVersionOrder()));
    LinkedHashSet<String> lines = new LinkedHashSet<>();
    Map<String, List<String>> deployed = new LinkedHashMap<>();
    Map<String, List<String>> released = new LinkedHashMap<>();
    for (Selection s : sorted) {
      String where = s.pact().environment() + " (" + s.pact().consumerVersionNumber() + ")";
      switch (s.kind()) {
        case DEPLOYED -> deployed.computeIfAbsent(Objects.toString(s.describedConsumer(), ""), k -> new ArrayList<>()).add(where);
        case RELEASED -> released.computeIfAbsent(Objects.toString(s.describedConsumer(), ""), k -> new ArrayList<>()).add(where);
        default -> lines.add(longDescription(s, providerName));
      }
    }
    deployed.forEach((consumer, places) -> lines.add(versionsOf(consumer) + " currently deployed to " + joinUnquoted(distinct(places))));
    released.forEach((consumer, places) -> lines.add(versionsOf(consumer) + " released and supported in " + joinUnquoted(distinct(places))));
    return new ArrayList<>(lines);
  }

  private static String longDescription(Selection s, String providerName) {
    String consumer = s.describedConsumer();
    String version = consumer != null ? "version of " + consumer : "version";
    String original = s.criterion().name();
    String text = switch (s.kind()) {
      case OVERALL_LATEST -> "latest version of " + (consumer != null ? consumer : "a consumer") + " that has a pact with " + providerName;
      case LATEST_TAG, LATEST_MAIN_BRANCH_TAG -> s.fallbackUsed()
          ? "latest " + version + " tagged '" + s.branchOrTag() + "' (fallback tag used as no pact was found with tag '" + original + "')"
          : "latest " + version + " tagged '" + s.branchOrTag() + "'";
      case BRANCH -> s.fallbackUsed()
          ? "latest " + version + " from branch '" + s.branchOrTag() + "' (fallback branch used as no pact was found from branch '" + original + "')"
          : "latest " + version + " from branch '" + s.branchOrTag() + "'";
      case MAIN_BRANCH -> "latest " + version + " from the main branch '" + s.branchOrTag() + "'";
      case ALL_TAG -> consumer != null
          ? "all " + consumer + " versions tagged '" + s.branchOrTag() + "'"
          : "all consumer versions tagged '" + s.branchOrTag() + "'";
      case DEPLOYED, RELEASED -> throw new IllegalArgumentException("grouped: " + s.kind());
    };
    return text + " (" + s.pact().consumerVersionNumber() + ")";
  }

  private static int rank(SelectionKind kind) {
    return switch (kind) {
      case OVERALL_LATEST -> 0;
      case MAIN_BRANCH -> 1;
      case BRANCH -> 2;
      case LATEST_TAG, LATEST_MAIN_BRANCH_TAG -> 3;
      case ALL_TAG -> 4;
      case DEPLOYED -> 5;
      case RELEASED -> 6;
    };
  }

  private static String versionsOf(String consumer) {
    return consumer.isEmpty() ? "consumer version(s)" : "version(s) of " + consumer;
  }

  private static List<String> distinct(List<String> values) {
    return new ArrayList<>(new LinkedHashSet<>(values));
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String joinUnquoted(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  /** {@code 'a'}, {@code 'a' and 'b'}, ... */
  static String joinQuoted(List<String> words) {
    return joinUnquoted(words.stream().map(w -> "'" + w + "'").toList());
  }
}

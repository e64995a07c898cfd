package dev.treaty.broker.internal.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.FieldLimits;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.StoredTimes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a pacts-for-verification body into a {@link ForVerificationRequest}, checking every JSON
 * type (a selector that is not an object, {@code "latest": "yes"}, a blank tag) and reporting each
 * problem with its field and selector index. The rules between fields are {@link SelectorValidator}'s.
 */
final class SelectorParser {
  /** The most {@code consumerVersionSelectors} one request may hold (each is at least one query). */
  static final int MAX_SELECTORS = 100;
  /** The most {@code providerVersionTags} one request may hold (each is a pending and a WIP query). */
  static final int MAX_PROVIDER_VERSION_TAGS = 20;

  private final FieldErrors errors;

  SelectorParser(FieldErrors errors) {
    this.errors = errors;
  }

  ForVerificationRequest parse(ObjectNode body) {
    List<ConsumerVersionSelector> selectors = selectors(body.get(FieldErrors.SELECTORS));
    Optional<String> branch = Optional.ofNullable(string(body, "providerVersionBranch", false));
    List<String> tags = strings(body, "providerVersionTags", MAX_PROVIDER_VERSION_TAGS, "tags");
    Boolean pending = bool(body, "includePendingStatus");
    Optional<OffsetDateTime> wipSince = Optional.ofNullable(string(body, "includeWipPactsSince", true))
        .flatMap(this::wipSince);
    return new ForVerificationRequest(selectors, branch, tags, pending == null || pending, wipSince);
  }

  private List<ConsumerVersionSelector> selectors(JsonNode node) {
    List<ConsumerVersionSelector> selectors = new ArrayList<>();
    if (node == null || node.isNull()) {
      return selectors;
    }
    if (!node.isArray()) {
      errors.add(FieldErrors.SELECTORS, "must be an array of selector objects, got " + JsonTrees.kind(node));
      return selectors;
    }
    if (node.size() > MAX_SELECTORS) {
      errors.add(FieldErrors.SELECTORS, tooMany(MAX_SELECTORS, "selectors", node.size())
          + "; merge selectors that ask for the same versions, or verify in several runs");
      return selectors;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (!(element instanceof ObjectNode selector)) {
        errors.selector(i, "must be an object like {\"mainBranch\": true}, got " + JsonTrees.kind(element));
        continue;
      }
      selector(i, selector).ifPresent(selectors::add);
    }
    return selectors;
  }

  private Optional<ConsumerVersionSelector> selector(int index, ObjectNode node) {
    SelectorFields fields = new SelectorFields(index, node);
    ConsumerVersionSelector selector = new ConsumerVersionSelector(index,
        fields.onlyTrue("mainBranch"), fields.text("branch"), fields.text("fallbackBranch"),
        fields.onlyTrue("matchingBranch"), fields.text("tag"), fields.text("fallbackTag"),
        fields.bool("latest"), fields.text("consumer"), fields.onlyTrue("deployed"),
        fields.onlyTrue("released"), fields.onlyTrue("deployedOrReleased"), fields.text("environment"));
    return fields.ok ? Optional.of(selector) : Optional.empty();
  }

  /** Reads one selector's fields, reporting type problems with the selector's index. */
  private final class SelectorFields {
    private final int index;
    private final ObjectNode node;
    private boolean ok = true;

    SelectorFields(int index, ObjectNode node) {
      this.index = index;
      this.node = node;
    }

    String text(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        fail(field + " must be a string, got " + JsonTrees.kind(value));
        return null;
      }
      if (value.asText().isBlank()) {
        fail(field + " must not be blank");
        return null;
      }
      Optional<String> problem = FieldLimits.problem(value.asText(), FieldLimits.NAME);
      if (problem.isPresent()) {
        fail(field + " " + problem.get());
        return null;
      }
      return value.asText();
    }

    Boolean bool(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isBoolean()) {
        fail(field + " must be true or false, got " + JsonTrees.kind(value) + " " + value);
        return null;
      }
      return value.asBoolean();
    }

    Boolean onlyTrue(String field) {
      Boolean value = bool(field);
      if (Boolean.FALSE.equals(value)) {
        fail(field + " can only be true (leave it out instead of sending false)");
        return null;
      }
      return value;
    }

    private void fail(String message) {
      ok = false;
      errors.selector(index, message);
    }
  }

  private String string(ObjectNode body, String field, boolean rejectBlank) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      errors.add(field, "must be a string, got " + JsonTrees.kind(value));
      return null;
    }
    if (rejectBlank && value.asText().isBlank()) {
      errors.add(field, "must not be blank");
      return null;
    }
    Optional<String> problem = FieldLimits.problem(value.asText(), FieldLimits.NAME);
    if (problem.isPresent()) {
      errors.add(field, problem.get());
      return null;
    }
    return value.asText();
  }

  private Boolean bool(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      errors.add(field, "must be true or false, got " + JsonTrees.kind(value) + " " + value);
      return null;
    }
    return value.asBoolean();
  }

  private List<String> strings(ObjectNode body, String field, int limit, String what) {
    JsonNode value = body.get(field);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      return result;
    }
    if (!value.isArray()) {
      errors.add(field, "must be an array of strings, got " + JsonTrees.kind(value));
      return result;
    }
    if (value.size() > limit) {
      errors.add(field, tooMany(limit, what, value.size()));
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      Optional<String> problem = element.isTextual() ? FieldLimits.problem(element.asText(), FieldLimits.NAME) : Optional.empty();
      if (!element.isTextual() || element.asText().isBlank()) {
        errors.add(field, "[" + i + "] must be a non-blank string, got " + (element.isTextual() ? "a blank string" : JsonTrees.kind(element)));
      } else if (problem.isPresent()) {
        errors.add(field, "[" + i + "] " + problem.get());
      } else {
        result.add(element.asText());
      }
    }
    return result;
  }

  private static String tooMany(int limit, String what, int count) {
    return "must have at most " + limit + " " + what + ", got " + count;
  }

  /** {@code 2024-01-01} (start of that day, UTC) or a timestamp (UTC unless it has an offset). */
  private Optional<OffsetDateTime> wipSince(String text) {
    Optional<OffsetDateTime> since = parseWipSince(text);
    if (since.isPresent() && !StoredTimes.storable(since.get().toInstant())) {
      errors.add("includeWipPactsSince", "must be " + StoredTimes.RANGE + ", got '" + text + "'");
      return Optional.empty();
    }
    return since;
  }

  private Optional<OffsetDateTime> parseWipSince(String text) {
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      try {
        return Optional.of(OffsetDateTime.parse(text));
      } catch (DateTimeParseException noOffset) {
        return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
      }
    } catch (DateTimeParseException e) {
      errors.add("includeWipPactsSince", "must be a date (2024-01-01) or an ISO-8601 timestamp (2024-01-01T10:00:00+00:00), got '" + text + "'");
      return Optional.empty();
    }
  }
}

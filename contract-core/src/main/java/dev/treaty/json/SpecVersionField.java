package dev.treaty.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.SpecVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a pact file names its Pact specification version: the spellings in use ({@code
 * metadata.pactSpecification.version}, {@code metadata.pactSpecification} as text, {@code
 * metadata['pact-specification'].version}, {@code metadata.pactSpecificationVersion}), read and
 * written in this one place. {@link SpecVersion#parse} reads the version labels themselves.
 *
 * <pre>{@code
 * SpecVersionField.find(pact.path("metadata")).map(SpecVersionField.Found::value)
 * }</pre>
 */
public final class SpecVersionField {
  /** The metadata key Treaty writes the version under, as {@code {"version": "4.0"}}. */
  public static final String KEY = "pactSpecification";

  /** Older metadata keys that name the version too; Treaty drops them when writing. */
  public static final Set<String> OLD_KEYS = Set.of("pact-specification", "pactSpecificationVersion");

  private static final List<Spot> SPOTS = List.of(
      new Spot(KEY, null, "$.metadata.pactSpecification"),
      new Spot(KEY, "version", "$.metadata.pactSpecification.version"),
      new Spot("pact-specification", "version", "$.metadata['pact-specification'].version"),
      new Spot("pactSpecificationVersion", null, "$.metadata.pactSpecificationVersion"));

  private SpecVersionField() {}

  /**
   * The value that names the version in {@code metadata} (a pact's {@code metadata} object) and its
   * JSON path, in the order the spellings are looked for; empty when none is there.
   */
  public static Optional<Found> find(JsonNode metadata) {
    for (Spot spot : SPOTS) {
      JsonNode value = metadata.path(spot.key());
      if (spot.field() != null) {
        value = value.path(spot.field());
      } else if (spot.key().equals(KEY) && !value.isTextual()) {
        continue;
      }
      if (!value.isMissingNode()) {
        return Optional.of(new Found(value, spot.jsonPath()));
      }
    }
    return Optional.empty();
  }

  /** A version as found in a pact file: the JSON value and its path from the document root. */
  public record Found(JsonNode value, String jsonPath) {}

  private record Spot(String key, String field, String jsonPath) {}
}

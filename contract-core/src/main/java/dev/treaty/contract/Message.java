package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of an asynchronous message: its contents, its metadata (such as {@code contentType}
 * or a Kafka topic) and the rules and generators that apply to them. Rules for the contents live
 * under {@link Category#BODY}, rules for metadata under {@link Category#METADATA}.
 */
public record Message(
    Body contents,
    Map<String, JsonNode> metadata,
    MatchingRules matchingRules,
    Generators generators) {

  public Message {
    contents = contents == null ? Body.missing() : contents;
    metadata =
        metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    matchingRules = matchingRules == null ? MatchingRules.EMPTY : matchingRules;
    generators = generators == null ? Generators.EMPTY : generators;
  }

  /** A message with contents only. */
  public static Message of(Body contents) {
    return new Message(contents, Map.of(), null, null);
  }
}

package dev.treaty.pact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.internal.PactJson;
import dev.treaty.pact.internal.CanonicalJson;
import dev.treaty.pact.internal.ContentDigest;
import dev.treaty.pact.internal.PactMerger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Pact JSON document as published, kept as JSON (unknown fields and all) rather than read into
 * the {@link dev.treaty.contract.Contract} model: what a broker stores, compares, merges and hands
 * back. Immutable; methods that change it return a new document.
 *
 * <pre>{@code
 * PactDocument pact = PactDocument.parse(Files.readString(file));
 * String digest = pact.digest();                         // the broker's content identity
 * for (PactInteraction interaction : pact.interactions()) {
 *   System.out.println(interaction.key() + " " + interaction.id());
 * }
 * PactMerge merged = published.merge(pact);              // PATCH / onConflict: merge
 * }</pre>
 *
 * <p>It checks only that the text is a JSON object; validate a pact with
 * {@link dev.treaty.json.PactReader} first when its contents matter.
 */
public final class PactDocument {
  private static final List<String> LISTS = List.of("interactions", "messages");

  private final ObjectNode json;

  private PactDocument(ObjectNode json) {
    this.json = json;
  }

  /** The document in {@code json}; {@link IllegalArgumentException} when it is not a JSON object. */
  public static PactDocument parse(String json) {
    JsonNode node;
    try {
      node = PactJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    return of(node);
  }

  /** The document of a JSON tree (copied); {@link IllegalArgumentException} when it is not an object. */
  public static PactDocument of(JsonNode json) {
    if (!(json instanceof ObjectNode object)) {
      throw new IllegalArgumentException("a pact is a JSON object, got " + (json == null ? "nothing" : json.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    return new PactDocument(object.deepCopy());
  }

  /** {@code consumer.name}, when it is a string. */
  public Optional<String> consumerName() {
    return name("consumer");
  }

  /** {@code provider.name}, when it is a string. */
  public Optional<String> providerName() {
    return name("provider");
  }

  private Optional<String> name(String role) {
    JsonNode name = json.path(role).path("name");
    return name.isTextual() ? Optional.of(name.textValue()) : Optional.empty();
  }

  /**
   * Every interaction, in document order: {@code interactions} (HTTP, or any V4 type by its
   * {@code type}), then the V3 {@code messages}.
   */
  public List<PactInteraction> interactions() {
    List<PactInteraction> interactions = new ArrayList<>();
    for (String list : LISTS) {
      for (JsonNode interaction : json.path(list)) {
        interactions.add(new PactInteraction(kind(list, interaction), interaction));
      }
    }
    return interactions;
  }

  private static PactInteraction.Kind kind(String list, JsonNode interaction) {
    String type = interaction.path("type").asText("");
    if (list.equals("messages") || type.equals("Asynchronous/Messages")) {
      return PactInteraction.Kind.MESSAGE;
    }
    return type.equals("Synchronous/Messages") ? PactInteraction.Kind.SYNCHRONOUS_MESSAGE : PactInteraction.Kind.HTTP;
  }

  /** The specification version its metadata names (any spelling {@link SpecVersion#parse} knows). */
  public Optional<SpecVersion> specVersion() {
    return SpecVersion.parse(ContentDigest.specificationLabel(json.path("metadata")));
  }

  /**
   * The content digest: SHA-256 (hex) of the interactions and messages (keys sorted, the
   * interactions sorted by their JSON text) plus the specification version. Other metadata (tool
   * versions), whitespace, key order and interaction order do not change it; the order of elements
   * inside an interaction (a body array, say) does. Equal content, equal digest.
   */
  public String digest() {
    return ContentDigest.of(json);
  }

  /** The text {@link #digest} is taken of, for tests and diagnostics. */
  public String digestInput() {
    return ContentDigest.canonicalForm(json);
  }

  /** Compact JSON with object keys sorted at every depth (array order kept). */
  public String canonicalJson() {
    return CanonicalJson.write(CanonicalJson.sortKeys(json));
  }

  /** Compact JSON with keys in document order: what a broker stores and serves back. */
  public String compactJson() {
    return CanonicalJson.write(json);
  }

  /** A copy of the JSON tree. */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  /** A copy with {@code _id} set on every interaction and message ({@link PactInteraction#id()}). */
  public PactDocument withInteractionIds() {
    ObjectNode copy = json.deepCopy();
    for (String list : LISTS) {
      for (JsonNode interaction : copy.path(list)) {
        if (interaction instanceof ObjectNode object) {
          object.put("_id", CanonicalJson.interactionId(object));
        }
      }
    }
    return new PactDocument(copy);
  }

  /**
   * This document with {@code additional} merged in (the Pact Broker's rule, for PATCH and
   * {@code onConflict: merge}): an interaction with the same {@link InteractionKey} replaces the
   * one here, others are appended. A replaced interaction whose {@code request} differs is a
   * conflict: the two documents disagree about the same interaction.
   */
  public PactMerge merge(PactDocument additional) {
    List<String> conflicts = new ArrayList<>();
    ObjectNode merged = PactMerger.merge(json, additional.json, conflicts);
    return new PactMerge(new PactDocument(merged), conflicts);
  }

  /** Documents are equal when their JSON is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PactDocument that && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** {@link #compactJson()}. */
  @Override
  public String toString() {
    return compactJson();
  }
}

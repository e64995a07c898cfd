package dev.treaty.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.pact.internal.CanonicalJson;
import java.util.Objects;

/**
 * One interaction of a {@link PactDocument} as published: an HTTP interaction or a message, in
 * any of the V2–V4 shapes, as JSON.
 *
 * @param kind whether it is HTTP or a message
 * @param json the interaction's JSON (a copy is handed out; the document is not changed through it)
 */
public record PactInteraction(Kind kind, JsonNode json) {
  /** HTTP request and response, or a message. */
  public enum Kind {
    HTTP,
    /** An asynchronous message (V3 {@code messages}, V4 {@code Asynchronous/Messages}). */
    MESSAGE,
    /** A V4 {@code Synchronous/Messages} request and its replies. */
    SYNCHRONOUS_MESSAGE
  }

  public PactInteraction {
    Objects.requireNonNull(kind, "kind");
    json = json.deepCopy();
  }

  @Override
  public JsonNode json() {
    return json.deepCopy();
  }

  /** Its identity within the contract: description and provider states. */
  public InteractionKey key() {
    return InteractionKey.of(json);
  }

  /**
   * Its {@code _id} as Pact clients echo it back in verification results: SHA-1 (hex) of its JSON
   * with {@code _id} removed and keys sorted at every depth. Equal ids mean equal content.
   */
  public String id() {
    return CanonicalJson.interactionId(json);
  }
}

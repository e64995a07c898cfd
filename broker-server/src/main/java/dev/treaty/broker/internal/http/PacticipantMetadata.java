package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.broker.internal.store.Pacticipant;

/** Reads a pacticipant's editable metadata from a request body, as a replacement or a merge patch. */
final class PacticipantMetadata {
  private PacticipantMetadata() {}

  /**
   * The metadata {@code body} asks for. With {@code patch}, a field that is absent keeps its value
   * in {@code base} and JSON null clears it; without, absent fields are unset.
   */
  static Pacticipant.Metadata read(ObjectNode body, Pacticipant.Metadata base, boolean patch, RequestFields fields) {
    return new Pacticipant.Metadata(
        field(body, "displayName", base.displayName(), patch, fields),
        field(body, "mainBranch", base.mainBranch(), patch, fields),
        field(body, "repositoryUrl", base.repositoryUrl(), patch, fields),
        field(body, "team", base.team(), patch, fields),
        field(body, "runbookUrl", base.runbookUrl(), patch, fields),
        field(body, "docsUrl", base.docsUrl(), patch, fields));
  }

  private static String field(ObjectNode body, String key, String current, boolean patch, RequestFields fields) {
    JsonNode node = body.get(key);
    if (node == null) {
      return patch ? current : null;
    }
    String value = fields.optionalString(body, key, key);
    return value == null || value.isBlank() ? null : value;
  }
}

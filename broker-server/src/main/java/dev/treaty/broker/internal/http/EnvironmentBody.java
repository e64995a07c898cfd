package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;

/**
 * An environment as {@code POST /environments} and {@code PUT /environments/{uuid}} take it
 * (§3.13): {@code name} without spaces, a required {@code production} boolean, optional
 * {@code displayName} and {@code contacts} (an array, kept as JSON). Every problem is one 400.
 */
record EnvironmentBody(String name, String displayName, boolean production, String contactsJson) {
  static EnvironmentBody parse(ObjectNode body) {
    RequestFields fields = new RequestFields();
    String name = fields.requiredString(body, "name", "name");
    if (name != null && name.chars().anyMatch(Character::isWhitespace)) {
      fields.add("name", "must not contain spaces or line breaks, got '" + name + "'");
    }
    String displayName = fields.optionalString(body, "displayName", "displayName");
    Boolean production = fields.optionalBoolean(body, "production", "production");
    if (production == null && !fields.hasErrors() && !body.has("production")) {
      fields.add("production", "is required (true or false)");
    }
    JsonNode contacts = body.get("contacts");
    if (contacts != null && !contacts.isNull() && !contacts.isArray()) {
      fields.add("contacts", "must be an array, got " + JsonTrees.kind(contacts));
    }
    fields.throwIfAny();
    return new EnvironmentBody(name, displayName, production, contacts == null || contacts.isNull() ? null : JsonTrees.write(contacts));
  }
}

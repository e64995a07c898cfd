package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.access.Role;
import dev.treaty.broker.internal.api.FieldLimits;
import dev.treaty.broker.internal.api.RequestFields;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /tokens}: {@code name} (at most 100 characters), {@code role}
 * ({@code read}, {@code write} or {@code admin}) and optionally when it expires, as
 * {@code expiresIn} (ISO-8601 duration, e.g. {@code P30D}) or {@code expiresAt} (ISO-8601 instant).
 */
record TokenBody(String name, Role role, Instant expiresAt) {
  static final Duration MAX_LIFETIME = Duration.ofDays(3650);

  static TokenBody parse(ObjectNode body, Instant now) {
    RequestFields fields = new RequestFields();
    String name = fields.requiredString(body, "name", "name");
    if (name != null && name.length() > FieldLimits.TOKEN_NAME) {
      fields.add("name", "is " + name.length() + " characters long; at most " + FieldLimits.TOKEN_NAME + " allowed");
    }
    String roleText = fields.requiredString(body, "role", "role");
    Role role = roleText == null ? null : Role.fromWire(roleText).orElse(null);
    if (roleText != null && role == null) {
      fields.add("role", "must be read, write or admin, got '" + clip(roleText) + "'");
    }
    String expiresIn = fields.optionalString(body, "expiresIn", "expiresIn");
    String expiresAtText = fields.optionalString(body, "expiresAt", "expiresAt");
    Instant expiresAt = null;
    if (expiresIn != null && expiresAtText != null) {
      fields.add("expiresIn", "give expiresIn or expiresAt, not both");
    } else if (expiresIn != null) {
      expiresAt = lifetime(fields, expiresIn, now);
    } else if (expiresAtText != null) {
      expiresAt = instant(fields, expiresAtText, now);
    }
    fields.throwIfAny();
    return new TokenBody(name, role, expiresAt);
  }

  private static Instant lifetime(RequestFields fields, String text, Instant now) {
    try {
      Duration lifetime = Duration.parse(text);
      if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
        fields.add("expiresIn", "must be more than zero and at most P3650D, got " + clip(text));
        return null;
      }
      return now.plus(lifetime);
    } catch (DateTimeParseException e) {
      fields.add("expiresIn", "must be an ISO-8601 duration such as P30D or PT12H, got '" + clip(text) + "'");
      return null;
    }
  }

  private static Instant instant(RequestFields fields, String text, Instant now) {
    try {
      Instant at = Instant.parse(text);
      if (!at.isAfter(now)) {
        fields.add("expiresAt", "must be in the future, got " + text);
        return null;
      }
      return at;
    } catch (DateTimeParseException e) {
      fields.add("expiresAt", "must be an ISO-8601 instant such as 2027-01-31T00:00:00Z, got '" + clip(text) + "'");
      return null;
    }
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}

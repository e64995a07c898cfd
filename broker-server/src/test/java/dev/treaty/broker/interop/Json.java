package dev.treaty.broker.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.internal.api.JsonTrees;

/** JSON text for request bodies the tests send themselves. */
final class Json {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

package dev.treaty.broker.internal.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.JsonTrees;
import dev.treaty.broker.internal.api.RequestFields;
import dev.treaty.json.ContractParseException;
import dev.treaty.json.PactReader;
import dev.treaty.pact.PactDocument;
import dev.treaty.json.ValidationProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Checks that published content is a pact Treaty can read (contract-core's {@link PactReader}),
 * reporting problems under the request field with the pact's own JSON path and line.
 */
public final class PactContent {
  private PactContent() {}

  /** Decodes base64 UTF-8 pact text ({@code /contracts/publish}); null with an error recorded on failure. */
  public static PactDocument fromBase64(String base64, String field, RequestFields errors) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      errors.add(field, "is not valid base64 (expected the standard alphabet A-Z, a-z, 0-9, + and / with = padding)");
      return null;
    }
    if (!isUtf8(bytes)) {
      errors.add(field, "is not UTF-8 text once base64-decoded");
      return null;
    }
    return read(new String(bytes, StandardCharsets.UTF_8), field, errors);
  }

  /** Whether {@code bytes} are well-formed UTF-8, checked through a small buffer (not a copy of the text). */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    for (CoderResult result = decoder.decode(in, out, true); ; result = decoder.decode(in, out, true)) {
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !decoder.flush(out.clear()).isError();
      }
      out.clear();
    }
  }

  /** Reads pact JSON text; null with an error recorded under {@code field} when it is not a pact. */
  public static PactDocument read(String json, String field, RequestFields errors) {
    try {
      PactReader.read(json, field);
    } catch (ContractParseException e) {
      errors.add(field, "is not a valid pact: " + describe(e));
      return null;
    } catch (RuntimeException e) {
      errors.add(field, "is not a valid pact: " + e.getMessage());
      return null;
    }
    try {
      JsonNode node = JsonTrees.MAPPER.readTree(json);
      if (node instanceof ObjectNode object) {
        return PactDocument.of(object);
      }
      errors.add(field, "must be a JSON object, got " + JsonTrees.kind(node));
    } catch (IOException e) {
      errors.add(field, "is not valid JSON: " + e.getMessage());
    }
    return null;
  }

  /** The (first) parse problem without its source: where (JSON path, line/column), then what. */
  private static String describe(ContractParseException e) {
    ValidationProblem problem = e.problems().get(0);
    StringBuilder where = new StringBuilder();
    if (!problem.jsonPath().isEmpty()) {
      where.append("at ").append(problem.jsonPath());
    }
    if (problem.line() > 0) {
      where.append(where.length() > 0 ? " " : "").append("(line ").append(problem.line())
          .append(", column ").append(problem.column()).append(')');
    }
    return where.length() == 0 ? problem.message() : where + ": " + problem.message();
  }

  /** {@code pact.consumer.name} / {@code pact.provider.name} ({@code role} is consumer or provider), or null. */
  public static String name(PactDocument pact, String role) {
    return (role.equals("consumer") ? pact.consumerName() : pact.providerName()).orElse(null);
  }
}

package dev.treaty.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Message;
import dev.treaty.contract.SpecVersion;
import java.nio.file.Path;

/**
 * Reads Pact specification files (V1, V1.1, V2, V3, V4) into {@link Contract}s.
 *
 * <p>Reading is lenient where Pact tools differ (query as string or map, headers as string or list,
 * V4 body wrapper or raw body, byte-order marks, {@code timestamp}/{@code datetime}) and strict
 * where the meaning would be lost: a problem is reported as a {@link ContractParseException} that
 * names the source, the JSON path and, for syntax errors, the line and column.
 */
public final class PactReader {
  private PactReader() {}

  /** Reads the pact file at {@code file}. */
  public static Contract read(Path file) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads a pact from JSON text; {@code source} names it in error messages (a file name or URL). */
  public static Contract read(String json, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads one interaction's request object in the format of {@code version}. */
  public static HttpRequest readRequest(JsonNode request, SpecVersion version) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads one interaction's response object in the format of {@code version}. */
  public static HttpResponse readResponse(JsonNode response, SpecVersion version) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Reads one message ({@code contents}, {@code metaData}/{@code metadata}, {@code matchingRules},
   * {@code generators}) in the format of {@code version}.
   */
  public static Message readMessage(JsonNode message, SpecVersion version) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}

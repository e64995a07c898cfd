package dev.treaty.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.contract.Contract;
import dev.treaty.contract.HttpRequest;
import dev.treaty.contract.HttpResponse;
import dev.treaty.contract.Message;
import dev.treaty.contract.SpecVersion;
import dev.treaty.json.internal.ContractJsonReader;
import dev.treaty.json.internal.HttpJsonReader;
import dev.treaty.json.internal.MessageJsonReader;
import dev.treaty.json.internal.Problems;
import dev.treaty.json.internal.ReadContext;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads Pact specification files (V1, V1.1, V2, V3, V4) into {@link Contract}s.
 *
 * <p>Reading is lenient where Pact tools differ (query as string or map, headers as string or list,
 * V4 body wrapper or raw body, byte-order marks, {@code timestamp}/{@code datetime}) and strict
 * where the meaning would be lost: the problems are reported together as one {@link
 * ContractParseException} that names, for each, the source, the JSON path and, for syntax errors,
 * the line and column. Invalid JSON (or a document that is not an object) stops reading at once.
 *
 * <p>The part readers ({@link #readRequest}, {@link #readResponse}, {@link #readMessage}) read the
 * partial objects of the Pact conformance cases: a missing method is {@code GET}, a missing path
 * {@code /} and a missing status 200.
 */
public final class PactReader {
  private static final String PART_SOURCE = "<json>";

  private PactReader() {}

  /** Reads the pact file at {@code file}. */
  public static Contract read(Path file) {
    Objects.requireNonNull(file, "file");
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new ContractParseException(file.toString(), "", "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new ContractParseException(file.toString(), "", "cannot read the file: " + e);
    }
    return read(json, file.toString());
  }

  /**
   * The pact files of a directory as every Treaty tool reads one: each regular {@code *.json} file
   * below it, at any depth, sorted by path.
   *
   * @throws IOException when the directory cannot be listed (a missing one included)
   */
  public static List<Path> pactFilesIn(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(Objects.requireNonNull(directory, "directory"))) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  /** Reads a pact from JSON text; {@code source} names it in error messages (a file name or URL). */
  public static Contract read(String json, String source) {
    Objects.requireNonNull(json, "json");
    return new ContractJsonReader(source).read(json);
  }

  /** Reads one interaction's request object in the format of {@code version}. */
  public static HttpRequest readRequest(JsonNode request, SpecVersion version) {
    return readPart(version, context -> new HttpJsonReader(context).request(request, "$"));
  }

  /** Reads one interaction's response object in the format of {@code version}. */
  public static HttpResponse readResponse(JsonNode response, SpecVersion version) {
    return readPart(version, context -> new HttpJsonReader(context).response(response, "$"));
  }

  /**
   * Reads one message ({@code contents}, {@code metaData}/{@code metadata}, {@code matchingRules},
   * {@code generators}) in the format of {@code version}.
   */
  public static Message readMessage(JsonNode message, SpecVersion version) {
    return readPart(version, context -> new MessageJsonReader(context).message(message, "$"));
  }

  private static <T> T readPart(SpecVersion version, Function<ReadContext, T> reader) {
    Problems problems = new Problems(PART_SOURCE, null);
    T part = reader.apply(new ReadContext(problems, Objects.requireNonNull(version, "version"), true));
    if (problems.hasRefusals()) {
      throw new ContractParseException(problems.refused());
    }
    return part;
  }
}

package dev.treaty.pact.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.json.internal.PactJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The content digest of a pact document, exactly as the Treaty broker has always stored it (a
 * change here changes the identity of every stored pact): SHA-256 hex of {@code interactions}
 * and/or {@code messages} with keys sorted at every depth and the elements sorted by their JSON
 * text, plus the specification version label as written.
 */
public final class ContentDigest {
  private ContentDigest() {}

  /**
   * The digest, streamed: the canonical form is written straight into the hash, never held as
   * text (a large pact would otherwise be in memory as text several times over).
   */
  public static String of(JsonNode pact) {
    MessageDigest sha256 = CanonicalJson.messageDigest("SHA-256");
    // The same characters canonicalForm returns, encoded as String.getBytes(UTF_8) encodes them.
    try (Writer hashed = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), StandardCharsets.UTF_8)) {
      writeCanonicalForm(pact, hashed);
    } catch (IOException e) {
      throw new UncheckedIOException("hashing cannot fail to write", e);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The text the digest is taken of. */
  public static String canonicalForm(JsonNode pact) {
    StringWriter text = new StringWriter();
    try {
      writeCanonicalForm(pact, text);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to write", e);
    }
    return text.toString();
  }

  /**
   * {@code {"interactions":[...],"messages":[...],"pactSpecificationVersion":"..."}}, compact, each
   * part only when the pact has it; a list's elements key-sorted and sorted by their text.
   */
  private static void writeCanonicalForm(JsonNode pact, Writer out) throws IOException {
    try (JsonGenerator json = PactJson.MAPPER.createGenerator(out)) {
      json.writeStartObject();
      for (String key : List.of("interactions", "messages")) {
        JsonNode list = pact.get(key);
        if (list != null && !list.isNull()) {
          json.writeFieldName(key);
          writeSortedElements(list, json);
        }
      }
      String specVersion = specificationLabel(pact.path("metadata"));
      if (specVersion != null) {
        json.writeStringField("pactSpecificationVersion", specVersion);
      }
      json.writeEndObject();
    }
  }

  private static void writeSortedElements(JsonNode list, JsonGenerator json) throws IOException {
    if (!list.isArray()) {
      json.writeTree(CanonicalJson.sortKeys(list));
      return;
    }
    List<String> texts = new ArrayList<>();
    list.forEach(element -> texts.add(CanonicalJson.write(CanonicalJson.sortKeys(element))));
    texts.sort(Comparator.naturalOrder());
    json.writeStartArray();
    for (String text : texts) {
      json.writeRawValue(text);
    }
    json.writeEndArray();
  }

  /**
   * The specification version label as the document writes it ({@code "3.0.0"}, {@code "4.0"}):
   * the digest takes the text, not the parsed version, so existing digests stay as they are. It
   * deliberately does not follow {@code dev.treaty.json.SpecVersionField}, which also reads a plain-text
   * {@code pactSpecification}: the digest predates that spelling, and a stored pact's identity must
   * never change (a re-publication of the same content would become a 409).
   */
  public static String specificationLabel(JsonNode metadata) {
    for (JsonNode candidate : List.of(
        metadata.path("pactSpecification").path("version"),
        metadata.path("pact-specification").path("version"),
        metadata.path("pactSpecificationVersion"))) {
      if (candidate.isValueNode()) {
        return candidate.asText();
      }
    }
    return null;
  }
}

package dev.treaty.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Pretty-prints contracts the way the Pact tools do: two-space indent, {@code "key": value},
 * {@code {}} and {@code []} for empty containers.
 *
 * <p>Written against Jackson's oldest stable printer API (no {@code Separators.Spacing}, which
 * needs Jackson 2.16) so that contract files come out the same under whatever Jackson 2 version a
 * user's build (often Spring Boot's) chooses.
 */
final class PactPrettyPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  PactPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    indentObjectsWith(indenter);
    indentArraysWith(indenter);
  }

  @Override
  public PactPrettyPrinter createInstance() {
    return new PactPrettyPrinter();
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(": ");
  }

  @Override
  public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
    if (entries == 0) {
      --_nesting;
      generator.writeRaw('}');
    } else {
      super.writeEndObject(generator, entries);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator generator, int values) throws IOException {
    if (values == 0) {
      --_nesting;
      generator.writeRaw(']');
    } else {
      super.writeEndArray(generator, values);
    }
  }
}

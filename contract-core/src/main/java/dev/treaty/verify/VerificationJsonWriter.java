package dev.treaty.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.treaty.contract.internal.JsonMappers;
import dev.treaty.verify.internal.ReportJson;

/**
 * Writes a {@link VerificationReport} as JSON for tools ({@code treaty verify --output json}):
 * provider, whether the run succeeded, counts, notices, and every interaction with its outcome,
 * provider states, mismatches (part, path, expected, actual, rule) and error.
 */
public final class VerificationJsonWriter {
  private static final ObjectWriter PRETTY = JsonMappers.DATA.writerWithDefaultPrettyPrinter();

  private VerificationJsonWriter() {}

  /** The report as pretty-printed JSON, ending with a newline. */
  public static String write(VerificationReport report) {
    try {
      return PRETTY.writeValueAsString(ReportJson.of(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verification report cannot be written as JSON", e);
    }
  }
}

package dev.treaty.verify;

import org.junit.jupiter.api.Test;

class VerificationJsonWriterTest {

  @Test
  void reportIsWrittenWithCountsOutcomesMismatchesAndErrors() {
    Golden.assertMatches("report-mixed.json", VerificationJsonWriter.write(Reports.mixed()));
  }
}

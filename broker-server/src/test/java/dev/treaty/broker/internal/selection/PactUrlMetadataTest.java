package dev.treaty.broker.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PactUrlMetadataTest {
  @Test
  void everyMetadataSurvivesTheRoundTripAsAUrlSafeToken() {
    qt().forAll(booleans().all(), integers().between(0, 2), lists().of(longs().between(1, Long.MAX_VALUE)).ofSizeBetween(0, 5))
        .checkAssert((wip, pending, ids) -> {
          PactUrlMetadata metadata = new PactUrlMetadata(wip, pending == 2 ? Optional.empty() : Optional.of(pending == 1), ids);
          String token = metadata.encode();
          assertThat(token).matches("[A-Za-z0-9_-]+");
          assertThat(PactUrlMetadata.decode(token)).isEqualTo(metadata);
        });
  }

  @Test
  void aTokenItDidNotMakeIsRejectedWithWhatItReads() {
    assertThatThrownBy(() -> PactUrlMetadata.decode("!!")).hasMessage("'!!' is not a pact URL metadata token (not base64url)");
    assertThatThrownBy(() -> PactUrlMetadata.decode("cz0x")).hasMessage("'cz0x' is not a pact URL metadata token (it reads 's=1')");
    assertThat(PactUrlMetadata.decode("dz0x")).isEqualTo(new PactUrlMetadata(true, Optional.empty(), List.of()));
  }
}

package dev.treaty.broker.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Mutations of how the body is framed on the wire (see {@link Framing}): valid chunks, lying lengths, broken chunks. */
final class FramingMutations {
  private FramingMutations() {}

  static Arbitrary<Mutation> of() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(7, 1024, 65_536).map(Framing.Chunked::new)),
        Tuple.of(2, Arbitraries.of(-1000, -10, -1, 1, 10, 1000).map(Framing.LyingLength::new)),
        Tuple.of(1, Combinators.combine(Arbitraries.of("-1", "abc", "99999999999999999999", "1 2", "0x10", "", " 5", "+5", "5,5"),
            Arbitraries.of(false, true)).as(Framing.BadLength::new)),
        Tuple.of(2, Arbitraries.of(Framing.ChunkFault.class).map(Framing.BadChunks::new)))
        .map(framing -> new Mutation(Mutation.Stage.FRAMING, "framing := " + framing, d -> d.framing = framing));
  }
}

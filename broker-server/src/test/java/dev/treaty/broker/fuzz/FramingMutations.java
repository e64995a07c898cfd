package dev.treaty.broker.fuzz;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;


/** Mutations of how the body is framed on the wire (see {@link Framing}): valid chunks, lying lengths, broken chunks. */
final class FramingMutations {
  private FramingMutations() {}

  static Gen<Mutation> of() {
    return Fuzz.frequency(
        Pair.of(2, Fuzz.pick(7, 1024, 65_536).map(n -> (Framing) new Framing.Chunked(n))),
        Pair.of(2, Fuzz.pick(-1000, -10, -1, 1, 10, 1000).map(n -> (Framing) new Framing.LyingLength(n))),
        Pair.of(1, Fuzz.combine(Fuzz.pick("-1", "abc", "99999999999999999999", "1 2", "0x10", "", " 5", "+5", "5,5"),
            Fuzz.pick(false, true), (value, twice) -> (Framing) new Framing.BadLength(value, twice))),
        Pair.of(2, Fuzz.pick(Framing.ChunkFault.class).map(fault -> (Framing) new Framing.BadChunks(fault))))
        .map(framing -> new Mutation(Mutation.Stage.FRAMING, "framing := " + framing, d -> d.framing = framing));
  }
}

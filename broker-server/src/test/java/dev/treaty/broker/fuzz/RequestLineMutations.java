package dev.treaty.broker.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of the request line: the method (another route's, invented, not a token at all), a
 * path parameter or literal segment replaced by a hostile one, segments added, removed or doubled,
 * a target that is not an origin-form path, and protocol versions that do not exist.
 */
final class RequestLineMutations {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
      "CONNECT", "PROPFIND", "FUZZ", "get", "M-SEARCH", "BREW", "G".repeat(300), "GE T", "G\u0001T", "", "GET\u0000");
  private static final List<String> VERSIONS = List.of("HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "http/1.1", "HTTP/1.1 extra",
      "HTTP/1", "FOO/1.1", "", "HTTP/1.1\u0000");
  private static final List<String> TARGETS = List.of("*", "http://127.0.0.1/health", "health", "//", "/%", "/..", "/../../etc/passwd",
      "/?", "/#fragment", "/\u0000", "/a b", "http://[::1", "");

  private RequestLineMutations() {}

  static Gen<Mutation> of(Endpoint endpoint) {
    List<Pair<Integer, Gen<Mutation>>> choices = new ArrayList<>();
    choices.add(Pair.of(3, Fuzz.pick(METHODS).map(m -> new Mutation(Mutation.Stage.REQUEST_LINE,
        "method := '" + Printable.of(m) + "'", d -> d.method = m))));
    if (!endpoint.parameters().isEmpty()) {
      choices.add(Pair.of(6, parameter(endpoint)));
    }
    choices.add(Pair.of(2, segment(endpoint)));
    choices.add(Pair.of(2, reshape(endpoint)));
    choices.add(Pair.of(1, Fuzz.pick(VERSIONS).map(v -> new Mutation(Mutation.Stage.REQUEST_LINE,
        "protocol := '" + Printable.of(v) + "'", d -> d.version = v))));
    choices.add(Pair.of(1, Fuzz.pick(TARGETS).map(t -> new Mutation(Mutation.Stage.REQUEST_LINE,
        "request target := '" + Printable.of(t) + "'", d -> d.target = t))));
    return Fuzz.frequency(choices);
  }

  private static Gen<Mutation> parameter(Endpoint endpoint) {
    List<String> names = endpoint.parameters();
    return Fuzz.combine(Generate.range(0, names.size() - 1), HostileStrings.encoded(), (i, value) -> {
      String name = names.get(i);
      int segment = endpoint.segments().indexOf("{" + name + "}");
      return new Mutation(Mutation.Stage.REQUEST_LINE, "{" + name + "} := '" + Printable.of(value) + "'",
          d -> d.setSegment(segment, value));
    });
  }

  private static Gen<Mutation> segment(Endpoint endpoint) {
    int count = endpoint.segments().size();
    return Fuzz.combine(Generate.range(0, count - 1), HostileStrings.encoded(), (i, value) ->
        new Mutation(Mutation.Stage.REQUEST_LINE, "segment " + i + " ('" + endpoint.segments().get(i) + "') := '"
            + Printable.of(value) + "'", d -> d.setSegment(i, value)));
  }

  /** Segments appended, dropped, doubled, or given a trailing slash or a dot segment. */
  private static Gen<Mutation> reshape(Endpoint endpoint) {
    int count = endpoint.segments().size();
    return Fuzz.frequency(
        Pair.of(2, HostileStrings.encoded().map(extra -> new Mutation(Mutation.Stage.REQUEST_LINE,
            "segment appended: '" + Printable.of(extra) + "'", d -> d.segments.add(extra)))),
        Pair.of(1, Generate.constant(new Mutation(Mutation.Stage.REQUEST_LINE, "last segment dropped",
            d -> d.setSegment(d.segments.size() - 1, null)))),
        Pair.of(1, Generate.constant(new Mutation(Mutation.Stage.REQUEST_LINE, "trailing slash",
            d -> d.segments.add("")))),
        Pair.of(1, Generate.range(0, count - 1).map(i -> new Mutation(Mutation.Stage.REQUEST_LINE,
            "empty segment before segment " + i, d -> d.segments.add(Math.min(i, d.segments.size()), "")))),
        Pair.of(1, Fuzz.combine(Generate.range(0, count - 1), Fuzz.pick(".", "..", "%2e", "%2e%2e"), (i, dot) -> new Mutation(Mutation.Stage.REQUEST_LINE, "'" + dot + "' before segment " + i,
                d -> d.segments.add(Math.min(i, d.segments.size()), dot)))),
        Pair.of(1, Generate.range(1, 40).map(n -> new Mutation(Mutation.Stage.REQUEST_LINE,
            n + " extra segments", d -> {
              for (int k = 0; k < n; k++) {
                d.segments.add("x" + k);
              }
            }))));
  }
}

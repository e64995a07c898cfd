package dev.treaty.broker.fuzz;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of the header block: {@code Content-Type} missing or wrong, {@code Accept} asking for
 * odd things, hostile values in the headers the broker or Jetty read (forwarding headers, Host,
 * encodings, conditionals), header lines that are not header lines, one huge header and many small ones.
 */
final class HeaderMutations {
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/json; charset=nonsense",
      "application/json;;;", "", ";;;", "application/", "/json", "application/hal+json", "application/problem+json",
      "application/vnd.pact+json", "APPLICATION/JSON", "application/json; charset=\"utf-8", "*/*");
  private static final List<String> ACCEPTS = List.of("", "*/*", "application/problem+json", "text/html", "garbage;;q=x",
      "application/json; q=abc", "application/xml", "image/png", "application/problem+json, application/hal+json;q=0.1",
      "*/*;q=0", "application/json;q=1e999", ",,,", "text/*");
  private static final List<String> NAMES = List.of("Accept", "Content-Type", "Host", "X-Forwarded-Host", "X-Forwarded-Proto",
      "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-For", "Forwarded", "User-Agent", "Authorization", "Cookie",
      "If-None-Match", "If-Modified-Since", "If-Match", "Range", "Accept-Encoding", "Accept-Charset", "Accept-Language", "Origin",
      "Expect", "Content-Encoding", "Connection", "Upgrade", "TE", "X-Request-Id", "Access-Control-Request-Method",
      "X-HTTP-Method-Override", "Trailer", "Keep-Alive");
  private static final List<String> BAD_LINES = List.of("X Bad: 1", "X-No-Colon", ": no-name", " folded continuation",
      "\tfolded: tab", "X-Ctl\u0001: 1", "X-Nul: a\u0000b", "X-Bare-CR: a\rb", "Content-Length : 5", "Host:", "X-Utf8-Ñame: 1",
      "X-Latin: caf\u00e9");

  private HeaderMutations() {}

  static Gen<Mutation> of(Endpoint endpoint) {
    return Fuzz.frequency(
        Pair.of(3, Fuzz.pick(CONTENT_TYPES).map(t -> set("Content-Type", t))),
        Pair.of(1, Generate.constant(new Mutation(Mutation.Stage.HEADERS, "Content-Type removed",
            d -> d.headers.removeIf(h -> h.name().equalsIgnoreCase("Content-Type"))))),
        Pair.of(2, Fuzz.pick(ACCEPTS).map(a -> set("Accept", a))),
        Pair.of(4, Fuzz.combine(Fuzz.pick(NAMES), HostileStrings.any(20_000), HeaderMutations::set)),
        Pair.of(1, Generate.constant(new Mutation(Mutation.Stage.HEADERS, "Host removed",
            d -> d.headers.removeIf(h -> h.name().equalsIgnoreCase("Host"))))),
        Pair.of(1, Fuzz.combine(Fuzz.pick("Host", "Content-Type", "Accept"), HostileStrings.any(100), (n, v) ->
            new Mutation(Mutation.Stage.HEADERS, n + " sent twice, again as '" + Printable.of(v) + "'",
                d -> d.headers.add(new RawRequest.Header(n, v))))),
        Pair.of(2, Fuzz.pick(BAD_LINES).map(line -> new Mutation(Mutation.Stage.HEADERS,
            "header line '" + Printable.of(line) + "'", d -> d.headers.add(RawRequest.Header.line(line))))),
        Pair.of(1, Fuzz.pick(1_000, 8_000, 16_000, 70_000).map(n -> new Mutation(Mutation.Stage.HEADERS,
            "X-Huge: " + n + " × 'a'", d -> d.header("X-Huge", "a".repeat(n))))),
        Pair.of(1, Fuzz.pick(50, 200, 1_000).map(n -> new Mutation(Mutation.Stage.HEADERS, n + " headers X-N-i: i", d -> {
          for (int i = 0; i < n; i++) {
            d.headers.add(new RawRequest.Header("X-N-" + i, String.valueOf(i)));
          }
        }))));
  }

  private static Mutation set(String name, String value) {
    return new Mutation(Mutation.Stage.HEADERS, name + " := '" + Printable.of(value) + "'", d -> d.header(name, value));
  }
}

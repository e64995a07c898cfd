package dev.treaty.broker.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Mutations of the query string: parameters the broker reads given hostile values, duplicated,
 * turned into arrays or hashes where a scalar belongs (and scalars where an array belongs), numbers
 * far past their range, {@code asOf} that is no time, structure that is not {@code k=v&k=v}, and
 * thousands of parameters.
 */
final class QueryMutations {
  /** Every query parameter some endpoint reads; each endpoint is offered all of them. */
  static final List<String> NAMES = List.of("asOf", "pageSize", "pageNumber", "limit", "latestby", "q[][pacticipant]",
      "q[][version]", "q[][latest]", "q[][tag]", "q[][branch]", "q[][mainBranch]", "q[][environment]", "ignore[]",
      "ignore[][pacticipant]", "ignore[][version]", "environment", "to", "branch", "mainBranch", "pacticipant", "version",
      "applicationInstance", "name", "consumer_version_selectors[][tag]", "consumer_version_selectors[][latest]",
      "consumer_version_selectors[][branch]", "consumer_version_selectors[][consumer]", "consumer_version_selectors[][mainBranch]",
      "consumer_version_selectors[][deployedOrReleased]", "consumer_version_selectors[][fallbackTag]", "consumer_version_selectors[]",
      "consumer_version_selectors", "provider_version_tags[]", "provider_version_branch", "include_wip_pacts_since",
      "include_pending_status", "q", "q[]", "q[][]", "ignore");
  private static final List<String> NUMBERS = List.of("0", "-1", "1", "1000", "1001", "2147483647", "2147483648",
      "99999999999999999999", "1e9", "1.5", "0x10", "NaN", "", " 1", "１");
  private static final List<String> STRUCTURE = List.of("&&&", "=", "==", "a=b=c", "%zz=1", "=value", "[]=1", "q[][pacticipant]",
      "q[=1", "q]=1", "q[][][][a]=1", "q[a][b][c]=1", "q[][pacticipant][]=x", "%5B%5D=1", "&", "?", ";a=1", "a;b=c");

  private QueryMutations() {}

  static Gen<Mutation> of(Endpoint endpoint) {
    Gen<String> name = Fuzz.pick(NAMES);
    List<Pair<Integer, Gen<Mutation>>> choices = new ArrayList<>();
    choices.add(Pair.of(5, Fuzz.combine(name, HostileStrings.encoded(), (n, v) -> add(n + "=" + v))));
    choices.add(Pair.of(3, Fuzz.combine(Fuzz.pick("pageSize", "pageNumber", "limit"), Fuzz.pick(NUMBERS), (n, v) -> add(n + "=" + RequestTemplates.encode(v)))));
    choices.add(Pair.of(2, Fuzz.pick(HostileTimes.VALUES).map(v -> add("asOf=" + RequestTemplates.encode(v)))));
    choices.add(Pair.of(2, Fuzz.pick(STRUCTURE).map(QueryMutations::add)));
    choices.add(Pair.of(2, Fuzz.combine(Generate.range(0, 20), Fuzz.pick("[]", "[x]", "[][]", "[", ""), (i, suffix) -> new Mutation(Mutation.Stage.QUERY, "query item " + i + ": name + '" + suffix + "', twice", d -> {
          if (d.query != null && !d.query.isEmpty()) {
            String item = d.query.get(i % d.query.size());
            int eq = item.indexOf('=');
            String reshaped = eq < 0 ? item + suffix : item.substring(0, eq) + suffix + item.substring(eq);
            d.query.add(reshaped);
            d.query.add(reshaped);
          }
        }))));
    choices.add(Pair.of(2, Fuzz.combine(Generate.range(0, 20), HostileStrings.encoded(), (i, v) -> new Mutation(Mutation.Stage.QUERY, "query item " + i + " value := '" + Printable.of(v) + "'", d -> {
          if (d.query != null && !d.query.isEmpty()) {
            int at = i % d.query.size();
            String item = d.query.get(at);
            int eq = item.indexOf('=');
            d.query.set(at, (eq < 0 ? item : item.substring(0, eq)) + "=" + v);
          }
        }))));
    choices.add(Pair.of(1, Generate.range(0, 20).map(i -> new Mutation(Mutation.Stage.QUERY,
        "query item " + i + " dropped", d -> {
          if (d.query != null && !d.query.isEmpty()) {
            d.query.remove(i % d.query.size());
          }
        }))));
    choices.add(Pair.of(1, Fuzz.combine(Fuzz.pick(50, 500, 1_000, 2_000), name, (n, p) -> new Mutation(
        Mutation.Stage.QUERY, n + " × '" + p + "=1'", d -> {
          for (int k = 0; k < n; k++) {
            d.addQuery(p + "=1");
          }
        }))));
    return Fuzz.frequency(choices);
  }

  private static Mutation add(String item) {
    return new Mutation(Mutation.Stage.QUERY, "query += '" + Printable.of(item) + "'", d -> d.addQuery(item));
  }
}

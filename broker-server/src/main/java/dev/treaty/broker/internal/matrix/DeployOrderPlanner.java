package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.matrix.DeployOrder.Blocker;
import dev.treaty.broker.internal.matrix.DeployOrder.Step;
import dev.treaty.broker.internal.matrix.MatrixRow.Status;
import dev.treaty.broker.internal.matrix.ReleaseTrain.Pair;
import dev.treaty.broker.internal.matrix.ReleaseTrain.Presence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds a safe order for a release train: one in which every step leaves the environment with
 * every pair of versions it puts together verified. A pair that is not verified (failed, or no
 * result) is a constraint on the train's order, since its presence depends only on whether each of
 * its two applications has had its step: the train's new consumer with the provider's old version
 * means "the provider first"; the train's new provider with the consumer's old version means "the
 * consumer first"; a pair that is still there once the whole train is deployed blocks every order.
 * So a safe order exists exactly when nothing blocks and the "first" constraints have no cycle, and
 * a topological sort of them (taking the earliest-named application whenever several may go next)
 * finds it; a cycle is the explanation when none exists.
 */
final class DeployOrderPlanner {
  private final ReleaseTrain train;
  private final Function<MatrixRow, RowExplanation> explain;
  private final List<Edge> edges = new ArrayList<>();
  private final List<Blocker> blockers = new ArrayList<>();
  private final String environment;

  /**
   * {@code first} must go before {@code then}; {@code fix} is what would remove the constraint
   * (null: nothing short of both at once), {@code breaking} when it is the new provider that breaks.
   */
  private record Edge(long first, long then, String reason, String detail, String fix, boolean breaking) {}

  private DeployOrderPlanner(ReleaseTrain train, Function<MatrixRow, RowExplanation> explain) {
    this.train = train;
    this.explain = explain;
    this.environment = train.environmentName();
  }

  static DeployOrder plan(ReleaseTrain train, Function<MatrixRow, RowExplanation> explain) {
    DeployOrderPlanner planner = new DeployOrderPlanner(train, explain);
    train.pairs().stream().filter(p -> !p.row().ignored()).forEach(planner::judge);
    return planner.order();
  }

  private void judge(Pair pair) {
    MatrixRow row = pair.row();
    long consumer = row.consumer().pacticipant().id();
    long provider = row.provider().pacticipant().id();
    if (consumer == provider) {
      return;
    }
    String c = versioned(row.consumer().name(), row.consumerVersion().number());
    if (pair.consumer() == Presence.FROM_STEP && train.cars().containsKey(provider) && !train.residentBefore(provider)) {
      addEdge(new Edge(provider, consumer, c + " needs " + trainVersion(provider) + " (no other version of " + row.provider().name()
          + " is in " + environment + " before it)", null, null, false));
    }
    if (row.status() == Status.YES) {
      return;
    }
    boolean failed = row.status() == Status.NO;
    String detail = explain.apply(row).reason();
    if (row.providerVersion() == null) {
      blockers.add(new Blocker(c + " needs " + row.provider().name() + ", but no version of it is deployed or released in " + environment
          + " and it is not in the train", detail));
      return;
    }
    String p = versioned(row.provider().name(), row.providerVersion().number());
    if (pair.consumer() == Presence.FROM_STEP && pair.provider() == Presence.UNTIL_STEP) {
      addEdge(new Edge(provider, consumer, c + " needs " + trainVersion(provider) + " (" + (failed ? "it fails with " + p : p
          + " has not verified its pact") + ", which is deployed in " + environment + " until then)", detail,
          "make " + c + " work with " + p + " too", false));
    } else if (pair.consumer() == Presence.UNTIL_STEP && pair.provider() == Presence.FROM_STEP) {
      addEdge(new Edge(consumer, provider, p + (failed ? " breaks " : " has not verified the pact of ") + c + ", which is deployed in "
          + environment + " until " + trainVersion(consumer) + " replaces it", detail,
          "make " + p + " backwards compatible (so it works with " + c + ")", true));
    } else {
      blockers.add(new Blocker(atTheEnd(pair, c, p, failed), detail));
    }
  }

  /** A pair that stays once the whole train is deployed. */
  private String atTheEnd(Pair pair, String c, String p, boolean failed) {
    if (pair.consumer() == Presence.FROM_STEP && pair.provider() == Presence.FROM_STEP) {
      return c + " and " + p + " are both in the train, and " + (failed ? "they fail together" : p + " has not verified the pact of " + c);
    }
    if (pair.consumer() == Presence.FROM_STEP) {
      return c + (failed ? " fails with " : " is not verified by ") + p + ", which stays in " + environment + " ("
          + train.whyItStays(pair.row().providerVersion()) + ")";
    }
    return p + (failed ? " breaks " : " has not verified the pact of ") + c + ", which stays in " + environment + " ("
        + train.whyItStays(pair.row().consumerVersion()) + ")";
  }

  private void addEdge(Edge edge) {
    if (edges.stream().noneMatch(e -> e.first() == edge.first() && e.then() == edge.then() && e.reason().equals(edge.reason()))) {
      edges.add(edge);
    }
  }

  private DeployOrder order() {
    List<DeployOrder.Constraint> constraints = edges.stream()
        .map(e -> new DeployOrder.Constraint(name(e.first()), name(e.then()), e.reason(), e.detail())).toList();
    if (!blockers.isEmpty()) {
      String reason = "No deploy order can work: once deployed, the train is not compatible with " + environment + ": "
          + blockers.get(0).reason() + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more)" : "");
      return new DeployOrder(environment, false, reason, List.of(), constraints, blockers);
    }
    List<Long> order = new ArrayList<>();
    while (order.size() < train.cars().size()) {
      Long next = train.cars().keySet().stream().filter(id -> !order.contains(id) && predecessors(id, order).isEmpty()).findFirst().orElse(null);
      if (next == null) {
        return new DeployOrder(environment, false, cycle(order), List.of(), constraints, List.of());
      }
      order.add(next);
    }
    List<Step> steps = new ArrayList<>();
    for (long id : order) {
      List<Edge> into = edges.stream().filter(e -> e.then() == id).toList();
      String reason = into.isEmpty() ? "nothing in the train has to be deployed before it"
          : String.join("; ", into.stream().map(Edge::reason).toList());
      steps.add(new Step(steps.size() + 1, name(id), train.cars().get(id).versions().get(0).number(),
          into.stream().map(e -> name(e.first())).distinct().toList(), reason));
    }
    String listed = String.join(", ", steps.stream().map(s -> s.number() + ". " + s.pacticipant() + " " + s.version()).toList());
    return new DeployOrder(environment, true, "Deploy in this order: " + listed + " (each step leaves " + environment + " compatible)",
        steps, constraints, List.of());
  }

  private List<Edge> predecessors(long id, List<Long> placed) {
    return edges.stream().filter(e -> e.then() == id && !placed.contains(e.first())).toList();
  }

  /**
   * Every application left has a predecessor that is left too, so walking back along them comes
   * round to one already seen: that loop, told forwards from the earliest-named application.
   */
  private String cycle(List<Long> placed) {
    List<Long> walked = new ArrayList<>();
    List<Edge> back = new ArrayList<>();
    long at = train.cars().keySet().stream().filter(id -> !placed.contains(id)).findFirst().orElseThrow();
    while (!walked.contains(at)) {
      walked.add(at);
      Edge edge = predecessors(at, placed).get(0);
      back.add(edge);
      at = edge.first();
    }
    List<Edge> cycle = new ArrayList<>(back.subList(walked.indexOf(at), back.size()));
    Collections.reverse(cycle);
    List<Long> query = List.copyOf(train.cars().keySet());
    Edge earliest = cycle.stream().min(Comparator.comparingInt(e -> query.indexOf(e.then()))).orElseThrow();
    Collections.rotate(cycle, -cycle.indexOf(earliest));
    List<String> names = cycle.stream().map(e -> trainVersion(e.first())).toList();
    String fix = cycle.stream().filter(Edge::breaking).map(Edge::fix).findFirst()
        .or(() -> cycle.stream().map(Edge::fix).filter(Objects::nonNull).findFirst()).map(f -> ", or " + f).orElse("");
    return "No order keeps " + environment + " compatible at every step: " + String.join(", and ", cycle.stream().map(Edge::reason).toList())
        + ": deploy " + (names.size() == 2 ? "both" : joinAnd(names)) + " at once" + fix;
  }

  private static String joinAnd(List<String> items) {
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private String name(long id) {
    return train.cars().get(id).name();
  }

  private String trainVersion(long id) {
    return versioned(name(id), train.cars().get(id).versions().get(0).number());
  }

  private static String versioned(String name, String number) {
    return name + " " + number;
  }
}

package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.matrix.ResolvedSelector.Kind;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.MatrixStore.MatrixPact;
import dev.treaty.broker.internal.store.MatrixStore.Resident;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A release train: one version each of several applications going to one environment, deployed
 * one application at a time. A step deploys the train's version of an application in place of
 * every version of it deployed there now (whatever the application instance); versions it has
 * <em>released</em> there stay supported (recording a deployment ends no release), as does
 * everything of applications outside the train. This finds, in a fixed number of queries, every
 * pair of versions with a pact that the train puts together at some step (a train version on at
 * least one side), each side marked with when it is there. Pairs of versions the train does not
 * touch are as they were and are not judged.
 */
final class ReleaseTrain {
  /** The most applications in one train (distinct {@code q[]} pacticipants with an environment). */
  static final int MAX_APPLICATIONS = 20;

  /** When a version is in the environment, relative to the step of its application. */
  enum Presence {
    /** Before and after: not in the train, released, or the train's version already deployed. */
    ALWAYS,
    /** Deployed now, replaced at its application's step. */
    UNTIL_STEP,
    /** The train's version, there from its application's step on. */
    FROM_STEP
  }

  /** A row of the environment at some step; {@code provider} is null when no provider version takes part. */
  record Pair(MatrixRow row, Presence consumer, Presence provider) {
    /** Whether both sides are there once the whole train is deployed. */
    boolean atTheEnd() {
      return consumer != Presence.UNTIL_STEP && provider != Presence.UNTIL_STEP;
    }
  }

  /** Not a train: one pacticipant, or no environment. */
  static final ReleaseTrain NONE = new ReleaseTrain(null, Map.of(), List.of(), Set.of(), Map.of(), null);

  private final Environment environment;
  private final Map<Long, ResolvedSelector> cars;
  private final List<Pair> pairs;
  private final Set<Long> residentBefore;
  private final Map<Long, String> whyItStays;
  private final String unorderable;

  private ReleaseTrain(Environment environment, Map<Long, ResolvedSelector> cars, List<Pair> pairs, Set<Long> residentBefore,
      Map<Long, String> whyItStays, String unorderable) {
    this.environment = environment;
    this.cars = cars;
    this.pairs = List.copyOf(pairs);
    this.residentBefore = residentBefore;
    this.whyItStays = whyItStays;
    this.unorderable = unorderable;
  }

  /**
   * The train of {@code cars} (the specified selectors, in the query's order) to {@code
   * environment}; one that does not name exactly one version of each application cannot be
   * ordered, and says so.
   */
  static ReleaseTrain of(MatrixStore store, Map<Long, ResolvedSelector> cars, Environment environment, List<MatrixSelector> ignore) {
    List<String> several = cars.values().stream().filter(car -> car.allVersions() || car.versions().size() != 1)
        .map(car -> car.name() + (car.allVersions() ? " (every version)" : " (" + String.join(", ", car.versions().stream().map(Version::number).toList()) + ")"))
        .toList();
    if (!several.isEmpty()) {
      return new ReleaseTrain(environment, cars, List.of(), Set.of(), Map.of(), "A release train deploys one version of each application,"
          + " but these stand for several: " + String.join("; ", several) + "; name one version each (q[][version], or q[][latest]=true with a tag or branch)");
    }
    Map<Long, Version> trainVersions = new LinkedHashMap<>();
    cars.forEach((id, car) -> trainVersions.put(id, car.versions().get(0)));
    Map<String, Integration> integrations = new LinkedHashMap<>();
    store.consumersOf(cars.keySet()).forEach(pair -> integrations.putIfAbsent(pair[0] + "->" + pair[1], new Integration(pair[0], pair[1], true)));
    for (MatrixPact pact : store.pactsOfVersions(trainVersions.values().stream().map(Version::id).toList())) {
      long consumer = pact.consumerVersion().pacticipantId();
      integrations.putIfAbsent(consumer + "->" + pact.providerId(), new Integration(consumer, pact.providerId(), true));
    }
    Set<Long> involved = new LinkedHashSet<>(cars.keySet());
    integrations.values().forEach(i -> {
      involved.add(i.consumerId());
      involved.add(i.providerId());
    });
    Map<Long, List<Resident>> residents = store.residents(involved, environment.id());
    Set<Long> others = new LinkedHashSet<>(involved);
    others.removeAll(cars.keySet());
    Map<Long, Pacticipant> pacticipants = new HashMap<>(store.pacticipantsById(others));
    cars.forEach((id, car) -> pacticipants.put(id, car.pacticipant()));
    Presences presences = new Presences(cars, trainVersions);
    Map<Long, ResolvedSelector> wide = new LinkedHashMap<>();
    Map<Long, ResolvedSelector> resident = new HashMap<>();
    Set<Long> residentBefore = new HashSet<>();
    for (long id : involved) {
      Pacticipant pacticipant = pacticipants.get(id);
      List<Resident> here = residents.getOrDefault(id, List.of());
      List<Version> versions = here.stream().map(Resident::version).distinct().toList();
      resident.put(id, new ResolvedSelector(pacticipant, versions, false, false, Kind.ENVIRONMENT, environment.name()));
      List<Version> all = new ArrayList<>();
      if (cars.containsKey(id)) {
        all.add(trainVersions.get(id));
        if (!versions.isEmpty()) {
          residentBefore.add(id);
        }
      }
      versions.stream().filter(v -> !all.contains(v)).forEach(all::add);
      wide.put(id, new ResolvedSelector(pacticipant, all, false, cars.containsKey(id), Kind.ENVIRONMENT, environment.name()));
      here.forEach(presences::resident);
    }
    List<Pair> pairs = new ArrayList<>();
    for (MatrixRow row : IgnoreRules.mark(ignore, new RowBuilder(store).rows(List.copyOf(integrations.values()), wide))) {
      Presence consumer = presences.of(row.consumerVersion());
      Presence provider = row.providerVersion() == null ? null : presences.of(row.providerVersion());
      if (consumer != Presence.FROM_STEP && provider != Presence.FROM_STEP) {
        continue;
      }
      ResolvedSelector consumerSide = side(cars, resident, row.consumer().pacticipant().id(), row.consumerVersion(), trainVersions);
      ResolvedSelector providerSide = side(cars, resident, row.provider().pacticipant().id(), row.providerVersion(), trainVersions);
      pairs.add(new Pair(new MatrixRow(consumerSide, row.pact(), providerSide, row.providerVersion(), row.verification(), row.ignored()),
          consumer, provider));
    }
    return new ReleaseTrain(environment, cars, pairs, residentBefore, presences.whyItStays(), null);
  }

  /** The answer's rows plus those the train adds at its end (a released version of a train application stays), each once. */
  List<MatrixRow> withRowsAtTheEnd(List<MatrixRow> rows) {
    Set<String> listed = new HashSet<>();
    rows.forEach(r -> listed.add(key(r)));
    List<MatrixRow> all = new ArrayList<>(rows);
    pairs.stream().filter(Pair::atTheEnd).map(Pair::row).filter(r -> listed.add(key(r))).forEach(all::add);
    return all;
  }

  private static String key(MatrixRow row) {
    return row.consumerVersion().id() + "/" + row.pact().pactVersionId() + "/" + row.provider().pacticipant().id() + "/"
        + (row.providerVersion() == null ? "-" : row.providerVersion().id());
  }

  /** The rows of every step, the end included. */
  List<MatrixRow> rowsOfEveryStep() {
    return pairs.stream().map(Pair::row).toList();
  }

  /** The safe order, or why there is none; null when this is not a train. */
  DeployOrder order(RowExplainer explainer) {
    if (environment == null) {
      return null;
    }
    if (unorderable != null) {
      return new DeployOrder(environment.name(), false, unorderable, List.of(), List.of(), List.of(new DeployOrder.Blocker(unorderable, null)));
    }
    return DeployOrderPlanner.plan(this, explainer::explain);
  }

  /** A row's side is described as the train's version (as it was asked for) or as a version currently in the environment. */
  private static ResolvedSelector side(Map<Long, ResolvedSelector> cars, Map<Long, ResolvedSelector> resident, long id, Version version,
      Map<Long, Version> trainVersions) {
    return version != null && version.equals(trainVersions.get(id)) ? cars.get(id) : resident.get(id);
  }

  String environmentName() {
    return environment.name();
  }

  /** The train's applications, in the query's order, each with its one version. */
  Map<Long, ResolvedSelector> cars() {
    return cars;
  }

  /** Every pair the train puts together at some step. */
  List<Pair> pairs() {
    return pairs;
  }

  /** Whether application {@code id} of the train has a version in the environment before its step. */
  boolean residentBefore(long id) {
    return residentBefore.contains(id);
  }

  /** Why a version that is there before and after the train stays ("it is not in the train"). */
  String whyItStays(Version version) {
    return whyItStays.getOrDefault(version.id(), "it is not in the train");
  }

  /** Each version's presence, by version id. */
  private static final class Presences {
    private final Map<Long, ResolvedSelector> cars;
    private final Map<Long, Version> trainVersions;
    private final Map<Long, Presence> byVersion = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    Presences(Map<Long, ResolvedSelector> cars, Map<Long, Version> trainVersions) {
      this.cars = cars;
      this.trainVersions = trainVersions;
      trainVersions.values().forEach(v -> byVersion.put(v.id(), Presence.FROM_STEP));
    }

    void resident(Resident resident) {
      Version version = resident.version();
      long pacticipant = version.pacticipantId();
      if (!cars.containsKey(pacticipant)) {
        byVersion.put(version.id(), Presence.ALWAYS);
      } else if (version.equals(trainVersions.get(pacticipant))) {
        byVersion.put(version.id(), Presence.ALWAYS);
        reasons.put(version.id(), "it is already " + (resident.released() ? "released" : "deployed") + " there");
      } else if (resident.released()) {
        byVersion.put(version.id(), Presence.ALWAYS);
        reasons.put(version.id(), "it is released there, and deploying " + cars.get(pacticipant).name() + " "
            + trainVersions.get(pacticipant).number() + " does not end a release's support");
      } else {
        byVersion.putIfAbsent(version.id(), Presence.UNTIL_STEP);
      }
    }

    Presence of(Version version) {
      return byVersion.getOrDefault(version.id(), Presence.ALWAYS);
    }

    Map<Long, String> whyItStays() {
      return reasons;
    }
  }
}

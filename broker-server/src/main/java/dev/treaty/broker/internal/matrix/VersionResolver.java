package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.matrix.ResolvedSelector.Kind;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.MatrixStore.Head;
import dev.treaty.broker.internal.store.MatrixStore.Resident;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Version;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns selectors into versions (Pact Broker API §4.7 step 1 and 3): the specified ones from the
 * query, and the inferred ones for the other pacticipants of the integrations, from the options.
 */
final class VersionResolver {
  private final MatrixStore store;

  VersionResolver(MatrixStore store) {
    this.store = store;
  }

  /** A specified selector; a version that does not exist resolves to none (not an error). */
  ResolvedSelector specified(Pacticipant pacticipant, MatrixSelector selector) {
    long id = pacticipant.id();
    String mainBranch = pacticipant.mainBranch();
    if (selector.version() != null) {
      return of(pacticipant, store.version(id, selector.version()).stream().toList(), true, Kind.VERSION, selector.version());
    }
    if (selector.mainBranch()) {
      List<Version> versions = mainBranch == null ? List.of() : store.onBranch(id, mainBranch, selector.latest());
      return of(pacticipant, versions, true, selector.latest() ? Kind.LATEST_MAIN_BRANCH : Kind.ALL_BRANCH, mainBranch);
    }
    if (selector.branch() != null) {
      return of(pacticipant, store.onBranch(id, selector.branch(), selector.latest()), true,
          selector.latest() ? Kind.LATEST_BRANCH : Kind.ALL_BRANCH, selector.branch());
    }
    if (selector.tag() != null) {
      return of(pacticipant, store.withTag(id, selector.tag(), selector.latest()), true,
          selector.latest() ? Kind.LATEST_TAG : Kind.ALL_TAG, selector.tag());
    }
    if (selector.latest()) {
      return of(pacticipant, store.newest(id, 1), true, Kind.LATEST, null);
    }
    return new ResolvedSelector(pacticipant, List.of(), true, true, Kind.ALL, null);
  }

  /**
   * Inferred selectors for the other pacticipants: every version currently deployed or released in
   * the environment (all of them, several may run at once), else the head the options name, else
   * every version. One query for all of them, however many there are (a hub has hundreds).
   */
  Map<Long, ResolvedSelector> inferred(Collection<Pacticipant> others, MatrixOptions options, Optional<Environment> environment) {
    Map<Long, ResolvedSelector> inferred = new LinkedHashMap<>();
    List<Long> ids = others.stream().map(Pacticipant::id).toList();
    if (environment.isPresent()) {
      Map<Long, List<Resident>> residents = store.residents(ids, environment.get().id());
      for (Pacticipant other : others) {
        List<Version> versions = residents.getOrDefault(other.id(), List.of()).stream().map(Resident::version).distinct().toList();
        inferred.put(other.id(), of(other, versions, false, Kind.ENVIRONMENT, environment.get().name()));
      }
      return inferred;
    }
    Kind kind = options.tag() != null ? Kind.LATEST_TAG
        : options.branch() != null ? Kind.LATEST_BRANCH
        : options.mainBranch() ? Kind.LATEST_MAIN_BRANCH
        : options.latest() ? Kind.LATEST : Kind.ALL;
    if (kind == Kind.ALL) {
      others.forEach(other -> inferred.put(other.id(), new ResolvedSelector(other, List.of(), true, false, Kind.ALL, null)));
      return inferred;
    }
    String name = kind == Kind.LATEST_TAG ? options.tag() : kind == Kind.LATEST_BRANCH ? options.branch() : null;
    Map<Long, Version> heads = store.heads(ids, kind == Kind.LATEST_TAG ? Head.TAG : kind == Kind.LATEST ? Head.NEWEST : Head.BRANCH, name);
    for (Pacticipant other : others) {
      List<Version> head = Optional.ofNullable(heads.get(other.id())).stream().toList();
      inferred.put(other.id(), of(other, head, false, kind, kind == Kind.LATEST_MAIN_BRANCH ? other.mainBranch() : name));
    }
    return inferred;
  }

  private static ResolvedSelector of(Pacticipant pacticipant, List<Version> versions, boolean specified, Kind kind, String label) {
    return new ResolvedSelector(pacticipant, versions, false, specified, kind, label);
  }
}

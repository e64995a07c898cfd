package dev.treaty.broker.internal.matrix;

import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.store.Environment;
import dev.treaty.broker.internal.store.MatrixStore;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a matrix query (Pact Broker API §4.7, §4.8): resolves the selectors, finds the
 * integrations, infers the other pacticipants' versions, builds the rows, applies {@code latestby}
 * and the ignore selectors, decides, and explains every row. A fixed number of queries, whatever
 * the number of rows.
 *
 * <p>Where Treaty differs from the Pact Broker: an {@code environment} target is always evaluated
 * per provider version ({@code cvpv}), so each co-resident version must be compatible, and a
 * selected provider version that did not verify a pact appears in its row (unknown) instead of
 * being collapsed away. With {@code asOf} every query sees only what had been recorded by then.
 */
public final class Matrix {
  private Matrix() {}

  public static MatrixAnswer answer(Stores stores, MatrixQuery query, String brokerUrl) {
    MatrixStore store = stores.matrixAsOf(query.options().asOf());
    Map<String, Pacticipant> named = store.pacticipants(names(query));
    List<String> unknown = query.selectors().stream().map(MatrixSelector::pacticipant).filter(n -> !named.containsKey(n)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest(String.join("; ", unknown.stream().map(n -> "Pacticipant " + n + " not found").toList()));
    }
    Optional<Environment> environment = Optional.ofNullable(query.options().environment()).map(name -> stores.environments().findByName(name)
        .orElseThrow(() -> ApiException.badRequest("Environment with name '" + name + "' does not exist")));
    VersionResolver resolver = new VersionResolver(store);
    Map<Long, ResolvedSelector> specified = specified(query, named, resolver);
    if (environment.isPresent() && specified.size() > ReleaseTrain.MAX_APPLICATIONS) {
      throw ApiException.badRequest("q[]: a release train (several pacticipants with environment) has at most " + ReleaseTrain.MAX_APPLICATIONS
          + " applications, got " + specified.size() + "; deploy it as smaller trains");
    }
    List<String> warnings = new ArrayList<>(IgnoreRules.cannotIgnore(query.ignore(), named, store));
    List<ResolvedSelector> missing = specified.values().stream()
        .filter(ResolvedSelector::isEmpty).filter(s -> !IgnoreRules.ignores(query.ignore(), s)).toList();
    if (!missing.isEmpty()) {
      Decision decision = DecisionMaker.decide(query, missing, List.of(), warnings);
      return new MatrixAnswer(query, List.of(), List.of(), decision, null);
    }
    boolean inferOthers = query.options().infersOthers() || query.selectors().size() == 1;
    List<Integration> integrations = new IntegrationFinder(store).find(specified, inferOthers);
    Map<Long, ResolvedSelector> selectors = new LinkedHashMap<>(specified);
    Set<Long> others = IntegrationFinder.others(integrations, specified);
    selectors.putAll(resolver.inferred(store.pacticipantsById(others).values(), query.options(), environment));
    LatestBy latestBy = environment.isPresent() ? LatestBy.CVPV : query.options().latestBy();
    List<MatrixRow> rows = IgnoreRules.mark(query.ignore(), Latest.keep(latestBy, new RowBuilder(store).rows(integrations, selectors)));
    ReleaseTrain train = environment.isPresent() && specified.size() > 1
        ? ReleaseTrain.of(store, specified, environment.get(), query.ignore()) : ReleaseTrain.NONE;
    return explained(store, query, train.withRowsAtTheEnd(rows), specified, warnings, brokerUrl, train);
  }

  /**
   * Decides and words every row (which versions published nothing, which interactions failed),
   * and orders a release train, whose sentences are the rows' own.
   */
  private static MatrixAnswer explained(MatrixStore store, MatrixQuery query, List<MatrixRow> rows,
      Map<Long, ResolvedSelector> specified, List<String> warnings, String brokerUrl, ReleaseTrain train) {
    List<MatrixRow> all = new ArrayList<>(rows);
    all.addAll(train.rowsOfEveryStep());
    Set<Long> active = store.active(versionsToCheck(all, specified));
    warnings.addAll(idleSpecifiedVersions(specified, active));
    Set<String> failed = new HashSet<>();
    all.stream().filter(r -> r.status() == MatrixRow.Status.NO).forEach(r -> failed.add(r.pact().sha()));
    RowExplainer explainer = new RowExplainer(brokerUrl, active, new InteractionNames(store.contents(failed)));
    return new MatrixAnswer(query, rows, rows.stream().map(explainer::explain).toList(),
        DecisionMaker.decide(query, List.of(), rows, warnings), train.order(explainer));
  }

  private static Set<String> names(MatrixQuery query) {
    Set<String> names = new LinkedHashSet<>();
    query.selectors().forEach(s -> names.add(s.pacticipant()));
    query.ignore().forEach(s -> names.add(s.pacticipant()));
    return names;
  }

  private static Map<Long, ResolvedSelector> specified(MatrixQuery query, Map<String, Pacticipant> named, VersionResolver resolver) {
    Map<Long, ResolvedSelector> specified = new LinkedHashMap<>();
    for (MatrixSelector selector : query.selectors()) {
      ResolvedSelector resolved = resolver.specified(named.get(selector.pacticipant()), selector);
      specified.merge(resolved.pacticipant().id(), resolved, Matrix::merge);
    }
    return specified;
  }

  /** Two selectors of one pacticipant: the versions of both. */
  private static ResolvedSelector merge(ResolvedSelector a, ResolvedSelector b) {
    List<Version> versions = new ArrayList<>(a.versions());
    b.versions().stream().filter(v -> !versions.contains(v)).forEach(versions::add);
    return new ResolvedSelector(a.pacticipant(), versions, a.allVersions() || b.allVersions(), true, a.kind(), a.label());
  }

  private static Set<Long> versionsToCheck(List<MatrixRow> rows, Map<Long, ResolvedSelector> specified) {
    Set<Long> ids = new HashSet<>();
    rows.stream().filter(r -> r.verification() == null && r.providerVersion() != null).forEach(r -> ids.add(r.providerVersion().id()));
    specified.values().forEach(s -> s.versions().forEach(v -> ids.add(v.id())));
    return ids;
  }

  /** A specified version that published nothing is checked against nothing: say so, by name. */
  private static List<String> idleSpecifiedVersions(Map<Long, ResolvedSelector> specified, Set<Long> active) {
    List<String> warnings = new ArrayList<>();
    for (ResolvedSelector selector : specified.values()) {
      for (Version version : selector.versions()) {
        if (!active.contains(version.id())) {
          warnings.add("WARN: " + selector.describe(version) + " has published no contract and no verification result: "
              + "the broker knows only its version number, so only what depends on it can be checked");
        }
      }
    }
    return warnings;
  }
}

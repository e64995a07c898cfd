package dev.treaty.broker.internal.selection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.ApiException;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.store.PactRow;
import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers "which pacts must this provider version verify?": runs each criterion's query (and its
 * fallback for consumers it found nothing for), merges the results by content, adds pending status
 * and appends the WIP pacts.
 */
public final class PactsForVerification {
  private PactsForVerification() {}

  /**
   * The answer to a pacts-for-verification request for {@code providerName}: 404 when the provider
   * is unknown, 400 naming every invalid field, else the HAL body.
   */
  public static ObjectNode answer(Stores stores, String providerName, ObjectNode body, Hal hal) {
    Pacticipant provider = stores.pacticipants().find(providerName)
        .orElseThrow(() -> ApiException.notFound("No provider named '" + providerName + "' is known to this broker"));
    FieldErrors errors = new FieldErrors();
    ForVerificationRequest request = new SelectorParser(errors).parse(body);
    new SelectorValidator(errors, name -> stores.environments().findByName(name).isPresent()).validate(request);
    errors.throwIfAny();
    List<VerifiablePact> pacts = select(stores, provider.id(), request);
    return new VerifiablePactsJson(hal, provider.name(), request).render(pacts);
  }

  /** Like {@link #answer} for the GET form, whose selectors come in the query string. */
  public static ObjectNode answerQuery(Stores stores, String providerName, String rawQuery, Hal hal) {
    return answer(stores, providerName, ForVerificationQuery.toBody(rawQuery), hal);
  }

  static List<VerifiablePact> select(Stores stores, long providerId, ForVerificationRequest request) {
    List<Selection> selections = new ArrayList<>();
    for (Criterion criterion : SelectorResolver.criteria(stores, providerId, request)) {
      selections.addAll(select(stores, providerId, criterion));
    }
    List<VerifiablePact> pacts = SelectionMerger.merge(selections, false);
    if (request.includePendingStatus()) {
      Set<Long> ids = pacts.stream().map(VerifiablePact::pactVersionId).collect(Collectors.toSet());
      Map<Long, PendingStatus> statuses = PendingCalculator.statuses(stores.verifiedPacts(), providerId, request, ids, true);
      pacts = pacts.stream().map(p -> p.withPending(statuses.get(p.pactVersionId()))).toList();
    }
    List<VerifiablePact> all = new ArrayList<>(pacts);
    all.addAll(WipPactFinder.find(stores, providerId, request, pacts));
    return all;
  }

  private static List<Selection> select(Stores stores, long providerId, Criterion criterion) {
    List<Selection> selections = new ArrayList<>();
    List<PactRow> rows = stores.selector().find(providerId, criterion.query());
    rows.forEach(row -> selections.add(new Selection(criterion, row, false)));
    if (criterion.fallback() != null) {
      List<Long> found = rows.stream().map(PactRow::consumerId).distinct().toList();
      stores.selector().find(providerId, criterion.fallbackQuery(found))
          .forEach(row -> selections.add(new Selection(criterion, row, true)));
    }
    return selections;
  }
}

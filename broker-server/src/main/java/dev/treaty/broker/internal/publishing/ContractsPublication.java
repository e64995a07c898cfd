package dev.treaty.broker.internal.publishing;

import dev.treaty.broker.internal.store.Pacticipant;
import dev.treaty.broker.internal.store.StoredPact;
import dev.treaty.broker.internal.store.Stores;
import dev.treaty.broker.internal.store.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code POST /contracts/publish} inside the caller's transaction: the consumer version with its
 * build URL, branch and tags, then every contract. A conflict throws the 409 (the transaction
 * rolls back, so nothing of the request is kept).
 */
public final class ContractsPublication {
  private ContractsPublication() {}

  /** One published contract: the pact now current and the notice for it. */
  public record Published(StoredPact pact, Map<String, String> notice) {}

  public static List<Published> publish(Stores stores, PublishRequest request, boolean allowChanges) {
    // Create every pacticipant first, in name order: concurrent publishes naming the same new
    // providers in different orders would otherwise deadlock on each other's inserts.
    SortedSet<String> names = new TreeSet<>();
    names.add(request.pacticipant());
    request.contracts().forEach(contract -> names.add(contract.provider()));
    names.forEach(name -> stores.pacticipants().findOrCreate(name));
    Pacticipant consumer = stores.pacticipants().findOrCreate(request.pacticipant()).value();
    Version version = stores.versions().findOrCreate(consumer.id(), request.version()).value();
    version = stores.versions().setBuildUrl(version, request.buildUrl());
    if (request.branch() != null) {
      stores.branches().addVersion(version, request.branch());
    }
    for (String tag : request.tags()) {
      stores.tags().add(version, tag);
    }
    List<Published> published = new ArrayList<>();
    PactPublisher publisher = new PactPublisher(stores);
    for (PublishRequest.Contract contract : request.contracts()) {
      Pacticipant provider = stores.pacticipants().findOrCreate(contract.provider()).value();
      PactPublisher.Result result = publisher.publish(version, provider, contract.pact(), contract.merge(), allowChanges);
      if (result.outcome() == PactPublisher.Outcome.CONFLICT) {
        throw PublishNotices.conflict(result, contract.pact(), consumer.name(), version.number(), provider.name());
      }
      published.add(new Published(result.pact(), PublishNotices.of(result, consumer.name(), version.number(), provider.name())));
    }
    return published;
  }
}

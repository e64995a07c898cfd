package dev.treaty.verify.internal;

import dev.treaty.generate.GeneratorEngine;
import dev.treaty.verify.MessageProducer;
import dev.treaty.verify.ProviderStateHandler;
import dev.treaty.verify.RequestFilter;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The validated settings of a verifier, handed from the public builder to the internals. */
public record VerifierSettings(
    URI baseUrl,
    List<RequestFilter> filters,
    Duration timeout,
    ProviderStateHandler stateHandler,
    MessageProducer messageProducer,
    boolean reuseConnections,
    GeneratorEngine generators) {

  public VerifierSettings {
    filters = List.copyOf(filters);
  }
}

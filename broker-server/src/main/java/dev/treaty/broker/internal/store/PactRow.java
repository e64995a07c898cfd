package dev.treaty.broker.internal.store;

import java.time.OffsetDateTime;

/**
 * A pact a query found: the consumer version that published it, its content (pact version) and
 * why it matched ({@code label}: the branch or tag; {@code environment}: where it is deployed).
 */
public record PactRow(
    long consumerId,
    String consumerName,
    long consumerVersionId,
    String consumerVersionNumber,
    long consumerVersionOrder,
    long pactVersionId,
    String sha,
    OffsetDateTime publishedAt,
    String label,
    String environment,
    boolean productionEnvironment) {}

package dev.treaty.broker.internal.store;

import java.time.Instant;

/**
 * One pact publication as read back: who, which consumer version, which content (by SHA), the
 * content itself and the revision (revisions come from overwrite or merge; the highest is current).
 */
public record StoredPact(
    long publicationId,
    long pactVersionId,
    String consumer,
    String provider,
    String consumerVersion,
    long consumerVersionOrder,
    String sha,
    String content,
    int revision,
    Instant createdAt) {}

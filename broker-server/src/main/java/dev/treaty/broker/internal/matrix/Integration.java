package dev.treaty.broker.internal.matrix;

/**
 * A consumer and a provider that have a pact. {@code required}: the consumer side was specified, so
 * a missing verification blocks; a specified provider's consumers are not required (a provider may
 * deploy before its consumers exist).
 */
record Integration(long consumerId, long providerId, boolean required) {}

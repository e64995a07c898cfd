package dev.treaty.junit.internal;

import org.junit.jupiter.api.extension.Extension;

/** Wires the consumer-test lifecycle to the mock providers and the contract files. */
public final class ConsumerExtension implements Extension {}

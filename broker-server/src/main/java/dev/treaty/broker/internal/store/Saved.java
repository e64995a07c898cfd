package dev.treaty.broker.internal.store;

/** The result of a find-or-create: the row and whether this call created it (201 vs 200). */
public record Saved<T>(T value, boolean created) {}

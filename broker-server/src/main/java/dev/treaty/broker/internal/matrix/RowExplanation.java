package dev.treaty.broker.internal.matrix;

/** Treaty's account of one row: a sentence a person can act on, and the command that would fix it (null for yes). */
public record RowExplanation(String reason, String fix) {}

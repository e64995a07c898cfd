package dev.treaty.compat;

/** A reservation the service made: its id, and {@code quantity} units of {@code sku}. */
public record Reservation(long id, String sku, int quantity) {}

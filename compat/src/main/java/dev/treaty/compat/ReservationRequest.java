package dev.treaty.compat;

/** What the client asks for: {@code quantity} units of {@code sku}. */
public record ReservationRequest(String sku, int quantity) {}

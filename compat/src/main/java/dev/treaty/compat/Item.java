package dev.treaty.compat;

import java.math.BigDecimal;

/** One stock-keeping unit as the service sends it and the client reads it. */
public record Item(String sku, String name, int quantity, BigDecimal unitPrice, boolean discontinued) {}

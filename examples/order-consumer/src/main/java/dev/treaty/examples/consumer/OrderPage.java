package dev.treaty.examples.consumer;

import java.util.List;

/** One page of a list of orders: the orders, the page number (from 0), its size and the total. */
public record OrderPage(List<Order> items, int page, int size, long totalItems) {
  public OrderPage {
    items = List.copyOf(items);
  }
}

package dev.treaty.compat;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /items/{sku}} and {@code POST /reservations}, as Spring MVC serves them. */
@RestController
public class InventoryController {
  private final Inventory inventory;

  public InventoryController(Inventory inventory) {
    this.inventory = inventory;
  }

  @GetMapping("/items/{sku}")
  public ResponseEntity<Item> item(@PathVariable("sku") String sku) {
    return ResponseEntity.of(inventory.find(sku));
  }

  @PostMapping("/reservations")
  public ResponseEntity<Reservation> reserve(@RequestBody ReservationRequest wanted) {
    return inventory.reserve(wanted.sku(), wanted.quantity())
        .map(made -> ResponseEntity.created(URI.create("/reservations/" + made.id())).body(made))
        .orElseGet(() -> ResponseEntity.unprocessableEntity().build());
  }
}

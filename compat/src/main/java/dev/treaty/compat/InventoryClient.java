package dev.treaty.compat;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The consumer: a web shop's client of the inventory service, on Spring's {@link RestClient}. */
public class InventoryClient {
  private final RestClient http;

  public InventoryClient(String baseUrl) {
    this.http = RestClient.builder().baseUrl(baseUrl).build();
  }

  public Optional<Item> item(String sku) {
    return Optional.ofNullable(http.get().uri("/items/{sku}", sku)
        .accept(MediaType.APPLICATION_JSON)
        .exchange((request, response) -> response.getStatusCode() == HttpStatus.NOT_FOUND
            ? null
            : response.bodyTo(Item.class)));
  }

  public Reservation reserve(String sku, int quantity) {
    return http.post().uri("/reservations")
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .body(new ReservationRequest(sku, quantity))
        .retrieve()
        .body(Reservation.class);
  }
}

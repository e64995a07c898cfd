package dev.treaty.broker.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.client.BrokerException;
import dev.treaty.broker.client.Environment;
import dev.treaty.contract.internal.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Environments (Pact Broker API §3.13) through the index's {@code pb:environments} and {@code pb:environment} links. */
public final class EnvironmentCalls {
  private final HalHttp http;
  private final String baseUrl;
  private final Supplier<JsonNode> index;

  public EnvironmentCalls(HalHttp http, String baseUrl, Supplier<JsonNode> index) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.index = index;
  }

  /** Every environment the broker knows, in its order. */
  public List<Environment> list() {
    return readList(listJson());
  }

  /** The broker's list of environments, as it sent it. */
  public JsonNode listJson() {
    return http.get(listUrl());
  }

  private static List<Environment> readList(JsonNode body) {
    List<Environment> environments = new ArrayList<>();
    body.path("_embedded").path("environments").forEach(e -> environments.add(read(e)));
    return environments;
  }

  /** The environment called {@code name}; a name the broker does not know fails naming the ones it knows. */
  public Environment named(String name) {
    List<Environment> all = list();
    return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new BrokerException(
        "the broker " + baseUrl + " has no environment '" + name + "'; it knows: "
            + (all.isEmpty() ? "none" : String.join(", ", all.stream().map(Environment::name).toList()))
            + "; create it with: treaty create-environment --name " + name, 404, List.of(), null));
  }

  /** The environment with {@code uuid}. */
  public Environment byUuid(String uuid) {
    return read(http.get(itemUrl(uuid)));
  }

  public Environment create(Environment environment) {
    return read(http.post(listUrl(), body(environment)));
  }

  public Environment update(String uuid, Environment environment) {
    return read(http.put(itemUrl(uuid), body(environment)));
  }

  private String listUrl() {
    return HalLinks.required(index.get(), baseUrl, "pb:environments", Map.of(), "it needs Pact Broker 2.80 or later (or Treaty's broker)");
  }

  private String itemUrl(String uuid) {
    return HalLinks.required(index.get(), baseUrl, "pb:environment", Map.of("uuid", uuid), "it needs Pact Broker 2.80 or later (or Treaty's broker)");
  }

  /** An environment as the broker renders it. */
  static Environment read(JsonNode node) {
    List<Environment.Contact> contacts = new ArrayList<>();
    for (JsonNode contact : node.path("contacts")) {
      contacts.add(new Environment.Contact(contact.path("name").asText(null), contact.path("details").path("emailAddress").asText(null)));
    }
    return new Environment(node.path("uuid").asText(null), node.path("name").asText(""),
        node.path("displayName").asText(null), node.path("production").asBoolean(false), contacts, node.toString());
  }

  private static JsonNode body(Environment environment) {
    ObjectNode body = JsonMappers.DATA.createObjectNode();
    body.put("name", environment.name());
    if (environment.displayName() != null) {
      body.put("displayName", environment.displayName());
    }
    body.put("production", environment.production());
    if (!environment.contacts().isEmpty()) {
      ArrayNode contacts = body.putArray("contacts");
      for (Environment.Contact contact : environment.contacts()) {
        ObjectNode node = contacts.addObject();
        if (contact.name() != null) {
          node.put("name", contact.name());
        }
        if (contact.emailAddress() != null) {
          node.putObject("details").put("emailAddress", contact.emailAddress());
        }
      }
    }
    return body;
  }
}

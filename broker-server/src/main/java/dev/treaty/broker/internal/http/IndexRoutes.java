package dev.treaty.broker.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.broker.internal.api.Hal;
import dev.treaty.broker.internal.api.JsonTrees;
import io.javalin.http.Context;

/**
 * {@code GET /}: the HAL index every Pact client reads first. Relations and hrefs follow the Pact
 * Broker's (templated links carry {@code "templated": true}, which pact-jvm and pact-rust need).
 */
final class IndexRoutes {
  private IndexRoutes() {}

  static void index(BrokerContext broker, Context ctx) {
    Hal hal = broker.hal(ctx);
    ObjectNode body = JsonTrees.MAPPER.createObjectNode();
    ObjectNode links = body.putObject("_links");
    links.putObject("self").put("href", hal.base()).put("title", "Index");
    hal.link(links, "pb:publish-contracts", "/contracts/publish", "Publish contracts");
    hal.link(links, "pb:publish-pact", "/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}", "Publish a pact");
    hal.link(links, "pb:provider-pacts-for-verification", "/pacts/provider/{provider}/for-verification", "Pact versions to be verified for the specified provider");
    hal.link(links, "beta:provider-pacts-for-verification", "/pacts/provider/{provider}/for-verification", "Pact versions to be verified for the specified provider").put("name", "beta");
    hal.link(links, "pb:pacticipants", "/pacticipants", "Pacticipants");
    hal.link(links, "pb:pacticipant", "/pacticipants/{pacticipant}", "Fetch pacticipant by name");
    hal.link(links, "pb:pacticipant-version", "/pacticipants/{pacticipant}/versions/{version}", "Get, create or delete a pacticipant version");
    hal.link(links, "pb:pacticipant-branch-version", "/pacticipants/{pacticipant}/branches/{branch}/versions/{version}", "Get or add/create a version for a branch of a pacticipant");
    hal.link(links, "pb:pacticipant-version-tag", "/pacticipants/{pacticipant}/versions/{version}/tags/{tag}", "Get, create or delete a tag for a pacticipant version");
    hal.link(links, "pb:pacticipant-branch", "/pacticipants/{pacticipant}/branches/{branch}", "Get or delete a pacticipant branch");
    hal.link(links, "pb:latest-version", "/pacticipants/{pacticipant}/latest-version", "Latest pacticipant version");
    hal.link(links, "pb:latest-tagged-version", "/pacticipants/{pacticipant}/latest-version/{tag}", "Latest pacticipant version with the specified tag");
    hal.link(links, "pb:latest-provider-pacts", "/pacts/provider/{provider}/latest", "Latest pacts by provider");
    hal.link(links, "pb:latest-provider-pacts-with-tag", "/pacts/provider/{provider}/latest/{tag}", "Latest pacts for provider with the specified tag");
    hal.link(links, "pb:environments", "/environments", "Environments");
    hal.link(links, "pb:environment", "/environments/{uuid}", "Environment");
    hal.link(links, "pb:can-i-deploy-pacticipant-version-to-environment",
        "/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}",
        "Determine if a pacticipant version can be deployed to an environment");
    hal.link(links, "pb:can-i-deploy-pacticipant-version-to-tag",
        "/can-i-deploy?pacticipant={pacticipant}&version={version}&to={tag}",
        "Determine if a pacticipant version can be deployed to an environment identified by a tag");
    Json.reply(ctx, 200, body);
  }
}

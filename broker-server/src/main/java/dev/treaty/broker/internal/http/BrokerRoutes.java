package dev.treaty.broker.internal.http;

import dev.treaty.broker.internal.access.Access;
import dev.treaty.broker.internal.ops.BrokerMetrics;
import io.javalin.config.RoutesConfig;

/**
 * Every route of the broker: method, path, the access it needs and handler, in the order they are
 * added. A new route is one line here and a handler method; handlers reach storage only through
 * {@link BrokerContext}. Reads need {@link Access#READ} and writes {@link Access#WRITE} unless the line says otherwise.
 */
public final class BrokerRoutes {
  private static final String PACTS = "/pacts/provider/{provider}/consumer/{consumer}";
  private static final String PACT_VERSION = PACTS + "/pact-version/{sha}";
  private static final String PACTICIPANT = "/pacticipants/{pacticipant}";
  private static final String VERSION = PACTICIPANT + "/versions/{version}";
  private static final String BRANCH = PACTICIPANT + "/branches/{branch}";

  private BrokerRoutes() {}

  public static void addTo(RoutesConfig config, BrokerContext broker, BrokerMetrics metrics) {
    RouteTable routes = new RouteTable(config, broker);
    routes.get("/", IndexRoutes::index);
    routes.get("/health", Access.PUBLIC, HealthRoutes::health);
    routes.get("/ready", Access.PUBLIC, HealthRoutes::ready);
    publishing(routes);
    pacts(routes);
    pacticipants(routes);
    environments(routes);
    verification(routes);
    gate(routes);
    access(routes);
    housekeeping(routes);
    String openApi = OpenApiDocument.load().served();
    routes.get("/openapi.json", Access.PUBLIC, (b, ctx) -> ctx.contentType("application/json").result(openApi));
    routes.get("/metrics", Access.PUBLIC, (b, ctx) -> ctx.contentType(BrokerMetrics.CONTENT_TYPE).result(metrics.scrape()));
  }

  private static void publishing(RouteTable routes) {
    routes.post("/contracts/publish", PublishRoutes::publish);
    routes.put(PACTS + "/version/{version}", LegacyPublishRoutes::put);
    routes.patch(PACTS + "/version/{version}", LegacyPublishRoutes::patch);
  }

  private static void pacts(RouteTable routes) {
    routes.get(PACTS + "/version/{version}", PactRoutes::forVersion);
    routes.get(PACTS + "/latest", PactRoutes::latest);
    routes.get(PACTS + "/latest/{tag}", PactRoutes::latestWithTag);
    routes.get(PACTS + "/branch/{branch}/latest", PactRoutes::latestOnBranch);
    routes.get(PACT_VERSION, PactRoutes::bySha);
    routes.get(PACT_VERSION + "/metadata/{metadata}", PactRoutes::bySha);
    routes.get("/pacts/provider/{provider}/latest", ProviderPactsRoutes::latest);
    routes.get("/pacts/provider/{provider}/latest/{tag}", ProviderPactsRoutes::latest);
  }

  private static void pacticipants(RouteTable routes) {
    routes.get("/pacticipants", PacticipantRoutes::list);
    routes.post("/pacticipants", PacticipantRoutes::create);
    routes.get(PACTICIPANT, PacticipantRoutes::get);
    routes.put(PACTICIPANT, PacticipantRoutes::replace);
    routes.patch(PACTICIPANT, PacticipantRoutes::patch);
    routes.get(PACTICIPANT + "/versions", VersionRoutes::list);
    routes.get(VERSION, VersionRoutes::get);
    routes.put(VERSION, VersionRoutes::put);
    routes.get(PACTICIPANT + "/latest-version", VersionRoutes::latest);
    routes.get(PACTICIPANT + "/latest-version/{tag}", VersionRoutes::latest);
    routes.get(PACTICIPANT + "/branches", BranchRoutes::list);
    routes.get(BRANCH, BranchRoutes::get);
    routes.get(BRANCH + "/versions/{version}", BranchRoutes::getVersion);
    routes.put(BRANCH + "/versions/{version}", BranchRoutes::addVersion);
    routes.put(VERSION + "/tags/{tag}", TagRoutes::put);
    routes.get(VERSION + "/tags/{tag}", TagRoutes::get);
  }

  private static void environments(RouteTable routes) {
    routes.post("/environments", Access.ADMIN, EnvironmentRoutes::create);
    routes.get("/environments", EnvironmentRoutes::list);
    routes.get("/environments/{uuid}", EnvironmentRoutes::get);
    routes.put("/environments/{uuid}", Access.ADMIN, EnvironmentRoutes::update);
    routes.delete("/environments/{uuid}", Access.ADMIN, EnvironmentRoutes::delete);
    routes.get("/environments/{uuid}/deployed-versions/currently-deployed", DeploymentRoutes::currentlyDeployed);
    routes.get("/environments/{uuid}/released-versions/currently-supported", DeploymentRoutes::currentlySupported);
    routes.post(VERSION + "/deployed-versions/environment/{environment}", DeploymentRoutes::deploy);
    routes.post(VERSION + "/released-versions/environment/{environment}", DeploymentRoutes::release);
    routes.get(VERSION + "/deployments", DeploymentRoutes::ofVersion);
    routes.get("/deployed-versions/{uuid}", DeploymentRoutes::getDeployed);
    routes.get("/released-versions/{uuid}", DeploymentRoutes::getReleased);
    routes.patch("/deployed-versions/{uuid}", DeploymentRoutes::undeploy);
    routes.patch("/released-versions/{uuid}", DeploymentRoutes::endSupport);
  }

  private static void verification(RouteTable routes) {
    routes.post(ForVerificationRoutes.PATH, Access.READ, ForVerificationRoutes::post); // a read, as in the Pact Broker
    routes.get(ForVerificationRoutes.PATH, ForVerificationRoutes::get);
    routes.post(PACT_VERSION + "/verification-results", VerificationRoutes::publish);
    routes.post(PACT_VERSION + "/metadata/{metadata}/verification-results", VerificationRoutes::publish);
    routes.get(PACT_VERSION + "/verification-results", VerificationRoutes::listForPact);
    routes.get(PACT_VERSION + "/verification-results/{number}", VerificationRoutes::one);
    routes.get(VERSION + "/verification-results", VerificationRoutes::listForProviderVersion);
  }

  private static void gate(RouteTable routes) {
    routes.get("/matrix", MatrixRoutes::matrix);
    routes.get("/can-i-deploy", MatrixRoutes::canIDeploy);
    routes.get("/decisions/{uuid}", MatrixRoutes::decision);
  }

  /** Admin deletions (Pact Broker routes), each one transaction. */
  private static void housekeeping(RouteTable routes) {
    routes.delete(PACTICIPANT, Access.ADMIN, HousekeepingRoutes::deletePacticipant);
    routes.delete(VERSION, Access.ADMIN, HousekeepingRoutes::deleteVersion);
    routes.delete(BRANCH, Access.ADMIN, HousekeepingRoutes::deleteBranch);
    routes.delete(VERSION + "/tags/{tag}", Access.ADMIN, HousekeepingRoutes::deleteTag);
    routes.delete(PACTS + "/version/{version}", Access.ADMIN, HousekeepingRoutes::deletePact);
  }

  private static void access(RouteTable routes) {
    routes.post(TokenRoutes.PATH, Access.ADMIN, TokenRoutes::create);
    routes.get(TokenRoutes.PATH, Access.ADMIN, TokenRoutes::list);
    routes.get(TokenRoutes.PATH + "/{uuid}", Access.ADMIN, TokenRoutes::get);
    routes.delete(TokenRoutes.PATH + "/{uuid}", Access.ADMIN, TokenRoutes::revoke);
    routes.get(AuditRoutes.PATH, Access.ADMIN, AuditRoutes::list);
  }
}

package dev.albatross.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.Set;

/** The gateway's router: every route of API.md, the web UI, and the one failure handler. */
public final class HttpApi {
  public static final int BODY_LIMIT = 64 * 1024;

  private final AuthRoutes auth;
  private final TenantRoutes tenants;
  private final UserRoutes users;
  private final ApiKeyRoutes apiKeys;
  private final PirepRoutes pireps;
  private final OpsRoutes ops;
  private final List<java.util.function.Consumer<Router>> extras;

  public HttpApi(AuthRoutes auth, TenantRoutes tenants, UserRoutes users, ApiKeyRoutes apiKeys, PirepRoutes pireps,
      OpsRoutes ops, List<java.util.function.Consumer<Router>> extras) {
    this.auth = auth;
    this.tenants = tenants;
    this.users = users;
    this.apiKeys = apiKeys;
    this.pireps = pireps;
    this.ops = ops;
    this.extras = List.copyOf(extras);
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders()).handler(new RequestIds()).handler(new UriCheck());
    router.route("/api/*").handler(bodies());
    ops.mount(router);
    auth.mount(router);
    tenants.mount(router);
    users.mount(router);
    apiKeys.mount(router);
    pireps.mount(router);
    extras.forEach(extra -> extra.accept(router));
    mountUi(router);
    Problems problems = new Problems();
    router.route().failureHandler(problems);
    router.errorHandler(404, problems);
    router.errorHandler(405, problems);
    return router;
  }

  /**
   * Reads the body of the methods that carry one. Vert.x fails with an exception when asked to
   * decode a form body of any other method, and no route reads one; a method filter on the route
   * would turn an unknown path's 404 into a 405.
   */
  private static Handler<RoutingContext> bodies() {
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
    Set<HttpMethod> withBody = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    return ctx -> {
      if (withBody.contains(ctx.request().method())) {
        bodies.handle(ctx);
      } else {
        ctx.next();
      }
    };
  }

  /** The single-page app at /, when the jar carries it; unknown non-API paths get its index.html. */
  private static void mountUi(Router router) {
    if (HttpApi.class.getClassLoader().getResource("webroot/index.html") == null) {
      return;
    }
    String uiPaths = "^/(?!api/|api$|health$|metrics$).*";
    router.get().pathRegex(uiPaths).handler(StaticHandler.create("webroot"));
    router.get().pathRegex(uiPaths).handler(ctx -> ctx.reroute("/index.html"));
  }
}

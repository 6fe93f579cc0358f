package dev.albatross.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The gateway's router: every route of API.md, the web UI, and the one failure handler. */
public final class HttpApi {
  public static final int BODY_LIMIT = 64 * 1024;
  /** A batch of up to 500 positions, as API.md allows, is about 80 KiB of JSON. */
  public static final int POSITIONS_BODY_LIMIT = 256 * 1024;
  private static final Pattern POSITIONS = Pattern.compile("/api/flights/[^/]+/positions");
  private static final Pattern FORM = Pattern.compile("multipart/|application/x-www-form-urlencoded",
      Pattern.CASE_INSENSITIVE);

  private final AuthRoutes auth;
  private final TenantRoutes tenants;
  private final UserRoutes users;
  private final ApiKeyRoutes apiKeys;
  private final PirepRoutes pireps;
  private final AirportRoutes airports;
  private final OpsRoutes ops;
  private final List<Consumer<Router>> extras;

  public HttpApi(AuthRoutes auth, TenantRoutes tenants, UserRoutes users, ApiKeyRoutes apiKeys, PirepRoutes pireps,
      AirportRoutes airports, OpsRoutes ops, List<Consumer<Router>> extras) {
    this.auth = auth;
    this.tenants = tenants;
    this.users = users;
    this.apiKeys = apiKeys;
    this.pireps = pireps;
    this.airports = airports;
    this.ops = ops;
    this.extras = List.copyOf(extras);
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders()).handler(new RequestIds()).handler(new UriCheck());
    router.route().handler(bodies());
    ops.mount(router);
    auth.mount(router);
    tenants.mount(router);
    users.mount(router);
    apiKeys.mount(router);
    pireps.mount(router);
    airports.mount(router);
    extras.forEach(extra -> extra.accept(router));
    mountUi(router);
    Problems problems = new Problems();
    router.route().failureHandler(problems);
    // failures the router meets before any route runs (a path parameter it cannot decode, say)
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      router.errorHandler(status, ctx -> problems.handle(ctx, status));
    }
    return router;
  }

  /**
   * Reads the body, as bytes, of the methods that carry one, and of any request that sends one
   * all the same (a GET with a body): a body left unread holds its keep-alive connection, and
   * the client's next request on it waits until the connection times out. Told a body is a form,
   * Vert.x would decode it as one, failing with an exception on a long field or on any method but
   * POST, PUT, PATCH and DELETE; the API takes JSON only, so a form's label is dropped and its
   * bytes are judged as JSON like any other body's (400 if they are not, 413 over the limit).
   */
  private static Handler<RoutingContext> bodies() {
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
    BodyHandler positions = BodyHandler.create(false).setBodyLimit(POSITIONS_BODY_LIMIT);
    Set<HttpMethod> withBody = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    return ctx -> {
      if (!withBody.contains(ctx.request().method()) && !sendsBody(ctx.request())) {
        ctx.next();
        return;
      }
      String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
      if (type != null && FORM.matcher(type).find()) {
        ctx.request().headers().remove(HttpHeaders.CONTENT_TYPE);
      }
      (POSITIONS.matcher(ctx.normalizedPath()).matches() ? positions : bodies).handle(ctx);
    };
  }

  private static boolean sendsBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return (length != null && !"0".equals(length.trim())) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
  }

  /**
   * The single-page app at /, when the jar carries it; unknown non-API paths get its index.html.
   * HEAD answers as GET does, without the body (what load balancers and link checkers send).
   */
  private static void mountUi(Router router) {
    if (HttpApi.class.getClassLoader().getResource("webroot/index.html") == null) {
      return;
    }
    String uiPaths = "^/(?!api/|api$|health$|metrics$).*";
    router.route().method(HttpMethod.HEAD).pathRegex(uiPaths).handler(HttpApi::headContentType);
    router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).pathRegex(uiPaths)
        .handler(StaticHandler.create("webroot"));
    router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).pathRegex(uiPaths)
        .handler(ctx -> ctx.reroute("/index.html"));
  }

  /**
   * StaticHandler answers HEAD with the status, length and caching headers of GET but leaves out
   * the Content-Type it gives GET; this adds it, the same way (text types in UTF-8).
   */
  private static void headContentType(RoutingContext ctx) {
    ctx.addHeadersEndHandler(v -> {
      HttpServerResponse response = ctx.response();
      if (response.getStatusCode() != 200 || response.headers().contains(HttpHeaders.CONTENT_TYPE)) {
        return;
      }
      String path = ctx.normalizedPath();
      String type = MimeMapping.mimeTypeForFilename(path.endsWith("/") ? path + "index.html" : path);
      if (type != null) {
        response.putHeader(HttpHeaders.CONTENT_TYPE, type.startsWith("text") ? type + ";charset=UTF-8" : type);
      }
    });
    ctx.next();
  }
}

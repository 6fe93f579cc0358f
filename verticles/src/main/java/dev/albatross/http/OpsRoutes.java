package dev.albatross.http;

import dev.albatross.domain.port.HealthCheck;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Health, Prometheus metrics and the OpenAPI document: served by every role. */
public final class OpsRoutes {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

  private final List<HealthCheck> checks;
  private final PrometheusMeterRegistry registry;
  private final Buffer openApi;

  public OpsRoutes(List<HealthCheck> checks, PrometheusMeterRegistry registry) {
    this.checks = List.copyOf(checks);
    this.registry = registry;
    this.openApi = Buffer.buffer(resource("openapi.json"));
  }

  public void mount(Router router) {
    router.get("/health").handler(this::health);
    router.get("/metrics").handler(this::metrics);
    router.get("/api/openapi.json").handler(this::openApi);
  }

  private void health(RoutingContext ctx) {
    List<Future<JsonObject>> results = new ArrayList<>();
    for (HealthCheck check : checks) {
      results.add(check.check()
          .timeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .map(v -> new JsonObject().put("name", check.name()).put("status", "UP"))
          .otherwise(failure -> down(check.name(), failure)));
    }
    Future.join(results).onComplete(done -> {
      JsonArray list = new JsonArray();
      results.forEach(r -> list.add(r.result()));
      boolean up = results.stream().allMatch(r -> "UP".equals(r.result().getString("status")));
      Responses.json(ctx, up ? 200 : 503, new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", list));
    });
  }

  /** A check that failed; only a reason of our own is shown, never a driver's message. */
  private static JsonObject down(String name, Throwable failure) {
    JsonObject check = new JsonObject().put("name", name).put("status", "DOWN");
    return failure instanceof HealthCheck.Unhealthy unhealthy ? check.put("reason", unhealthy.getMessage()) : check;
  }

  private void metrics(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
  }

  private void openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/json").end(openApi);
  }

  private static byte[] resource(String name) {
    try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.app.Application;
import dev.albatross.app.Config;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The OpenAPI document and the router agree")
class OpenApiAgreementTest {
  private static Vertx vertx;
  private static Application app;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    app = Application.start(vertx, Config.inMemory(port).withAdmin("admin@openapi.test", "a long enough password"),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop().await(10, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("every route of the router is in the document, and every operation of the document is routed")
  void routesAndDocumentMatch() throws Exception {
    Set<String> routed = routed(app.api().router(vertx));
    assertThat(routed).contains("POST /api/pireps", "GET /api/pireps/{id}/history", "DELETE /api/api-keys/{id}");
    assertThat(documented()).isEqualTo(routed);
  }

  /** "METHOD /path/{param}" for each method and path the router serves, ignoring handlers that serve every path. */
  private static Set<String> routed(Router router) {
    Set<String> operations = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null || route.methods() == null || route.methods().isEmpty() || path.endsWith("*")) {
        continue;
      }
      String openApiPath = path.replaceAll(":([A-Za-z]+)", "{$1}");
      for (HttpMethod method : route.methods()) {
        operations.add(method.name() + " " + openApiPath);
      }
    }
    return operations;
  }

  private static Set<String> documented() throws Exception {
    JsonObject doc;
    try (InputStream in = OpenApiAgreementTest.class.getClassLoader().getResourceAsStream("openapi.json")) {
      doc = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(doc.getString("openapi")).startsWith("3.");
    Set<String> operations = new TreeSet<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return operations;
  }
}

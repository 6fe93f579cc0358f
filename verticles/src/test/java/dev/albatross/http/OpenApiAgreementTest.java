package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.app.Application;
import dev.albatross.app.Config;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.Set;
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
    Set<String> routed = OpenApiOperations.routed(app.api().router(vertx));
    assertThat(routed).contains("POST /api/pireps", "GET /api/pireps/{id}/history", "DELETE /api/api-keys/{id}");
    assertThat(OpenApiOperations.documented(OpenApiOperations.bundled())).isEqualTo(routed);
  }
}

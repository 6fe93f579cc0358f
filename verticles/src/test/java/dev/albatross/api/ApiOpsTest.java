package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Operations: health, metrics, OpenAPI")
class ApiOpsTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  @Test
  @DisplayName("GET /health answers 200 UP with its checks")
  void health() {
    Reply reply = app.anonymous().get("/health");
    JsonObject health = reply.expect(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks")).isNotEmpty();
    health.getJsonArray("checks").forEach(c -> assertThat(((JsonObject) c).getString("status")).isEqualTo("UP"));
    assertThat(health.getJsonArray("checks").stream().map(c -> ((JsonObject) c).getString("name")))
        .contains("relay", "projections");
  }

  @Test
  @DisplayName("GET /metrics answers Prometheus text with Vert.x metrics")
  void metrics() {
    app.admin().get("/api/tenants").expect(200);
    Reply reply = app.anonymous().get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/plain");
    assertThat(reply.body()).contains("# TYPE ").contains("vertx_http_server_requests").contains("vertx_eventbus_")
        .contains("albatross_relay_lag_events", "albatross_projection_lag_events",
            "albatross_oldest_unprojected_event_age_seconds");
  }

  @Test
  @DisplayName("GET /api/openapi.json answers a JSON document")
  void openApi() {
    Reply reply = app.anonymous().get("/api/openapi.json");
    reply.expect(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.json()).isNotNull();
  }
}

package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.http.OpenApiOperations;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Operations: health, metrics, OpenAPI, HEAD on the UI")
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
  @DisplayName("GET /api/openapi.json answers the OpenAPI document of every route the gateway serves, and no other")
  void openApi() {
    Reply reply = app.anonymous().get("/api/openapi.json");
    reply.expect(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    Set<String> routed = OpenApiOperations.routed(app.router());
    assertThat(routed).contains("POST /api/pireps", "GET /api/pireps/{id}", "GET /api/airports/{icao}");
    assertThat(OpenApiOperations.documented(reply.json())).isEqualTo(routed);
  }

  @Test
  @DisplayName("HEAD on the UI's pages and assets answers as GET does, without a body")
  void headOnUi() throws IOException {
    String index = uiIndex();
    List<String> paths = new ArrayList<>(List.of("/", "/index.html", "/pilots/unknown-page"));
    if (index != null) {
      Matcher asset = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(index);
      assertThat(asset.find()).as("a script or style in index.html").isTrue();
      paths.add(asset.group(1));
    }
    for (String path : paths) {
      Reply get = app.anonymous().get(path);
      Reply head = Caller.await(app.anonymous().send(HttpMethod.HEAD, path, MultiMap.caseInsensitiveMultiMap(), null));
      // without a built UI (make ui) the jar serves none, and both answer 404
      assertThat(get.status()).as("GET %s", path).isEqualTo(index != null ? 200 : 404);
      assertThat(head.status()).as("HEAD %s", path).isEqualTo(get.status());
      assertThat(head.header("Content-Type")).as("Content-Type of HEAD %s", path).isEqualTo(get.header("Content-Type"));
      assertThat(head.body()).as("body of HEAD %s", path).isNullOrEmpty();
      if (index != null) {
        assertThat(head.header("Content-Length")).as("Content-Length of HEAD %s", path)
            .isEqualTo(get.header("Content-Length"));
      }
    }
  }

  /** The UI's index.html, when the jar carries the UI (make test builds it first). */
  private static String uiIndex() throws IOException {
    try (InputStream in = ApiOpsTest.class.getClassLoader().getResourceAsStream("webroot/index.html")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

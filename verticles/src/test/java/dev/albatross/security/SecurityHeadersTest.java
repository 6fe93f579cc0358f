package dev.albatross.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Albatross;
import dev.albatross.api.Caller;
import dev.albatross.api.Reply;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Security headers on every kind of response")
class SecurityHeadersTest {
  @RegisterExtension
  static final Albatross app = new Albatross();
  private static Caller pilot;

  @BeforeAll
  static void airline() {
    pilot = app.newPilot(app.createTenant());
  }

  @Test
  @DisplayName("API JSON, problems of every status, operations, the live endpoint and the UI carry CSP and nosniff")
  void everyResponse() throws IOException {
    List<Reply> replies = new ArrayList<>(List.of(
        pilot.get("/api/me"),
        pilot.get("/api/pireps"),
        pilot.post("/api/pireps", Albatross.pirepInput()),
        pilot.postRaw("/api/pireps", "{not json"),
        app.anonymous().get("/api/me"),
        pilot.post("/api/tenants", new JsonObject().put("name", "X").put("icao", "XYZ")),
        pilot.get("/api/nothing-here"),
        pilot.get("/api/pireps/%ZZ"),
        pilot.delete("/api/tenants"),
        pilot.post("/api/pireps", Albatross.pirepInput().put("notes", "n".repeat(70_000))),
        app.anonymous().get("/health"),
        app.anonymous().get("/metrics"),
        app.anonymous().get("/api/openapi.json"),
        app.anonymous().get("/api/ws/info"),
        Caller.await(pilot.send(HttpMethod.OPTIONS, "/api/me", MultiMap.caseInsensitiveMultiMap(), null)),
        app.anonymous().get("/")));
    String asset = uiAsset();
    if (asset != null) {
      replies.add(app.anonymous().get("/pilots/unknown-page"));
      replies.add(app.anonymous().get(asset));
      assertThat(replies.get(replies.size() - 1).status()).as("GET %s", asset).isEqualTo(200);
    }
    assertThat(replies.stream().map(Reply::status)).contains(200, 201, 400, 401, 403, 404, 413);
    for (Reply reply : replies) {
      assertThat(reply.header("Content-Security-Policy")).as("CSP of %s", reply.request())
          .isNotNull().contains("frame-ancestors 'none'");
      assertThat(reply.header("X-Content-Type-Options")).as("X-Content-Type-Options of %s", reply.request())
          .isEqualTo("nosniff");
    }
  }

  /** A script or style the UI's index.html loads, when the jar carries the UI (make test builds it first). */
  private static String uiAsset() throws IOException {
    try (InputStream in = SecurityHeadersTest.class.getClassLoader().getResourceAsStream("webroot/index.html")) {
      if (in == null) {
        return null;
      }
      Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"")
          .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return m.find() ? m.group(1) : null;
    }
  }
}

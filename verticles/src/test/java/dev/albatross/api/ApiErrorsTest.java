package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Errors: problem+json, never a stack trace, never 500 for bad input")
class ApiErrorsTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  /** Who may call each writing route, so that its body is what decides the answer. */
  static Caller callerOf(String path) {
    if (path.equals("/api/auth/login")) {
      return app.anonymous();
    }
    if (path.endsWith("/reject")) {
      return airlines.tenantAdmin;
    }
    return path.startsWith("/api/pireps") || path.startsWith("/api/me") ? airlines.pilot : app.admin();
  }

  static final List<String> WRITES = List.of("/api/auth/login", "/api/me/password", "/api/tenants", "/api/users",
      "/api/api-keys", "/api/pireps", "/api/pireps/" + UUID.randomUUID() + "/reject");

  static Stream<Arguments> malformedBodies() {
    List<String> bodies = List.of("", "   ", "{", "{\"name\": }", "{'name': 'single quotes'}", "{\"a\":1}{",
        "[1, 2]", "\"text\"", "null", "42", "true", "[".repeat(5000), "{\"name\": \"\\ud800\"", "nope");
    return WRITES.stream().flatMap(path -> bodies.stream().map(body -> Arguments.of(path,
        body.length() > 40 ? body.substring(0, 20) + "... (" + body.length() + " characters)" : body, body)));
  }

  @ParameterizedTest(name = "POST {0} with {1}")
  @MethodSource("malformedBodies")
  @DisplayName("a body that is not a JSON object answers 400 with an errors entry")
  void malformedJson(String path, String label, String body) {
    JsonObject problem = callerOf(path).postRaw(path, body).expectProblem(400);
    assertThat(problem.getJsonArray("errors")).isNotEmpty();
  }

  @Test
  @DisplayName("bytes that are not UTF-8 answer 400")
  void notUtf8() {
    Buffer bytes = Buffer.buffer(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"'});
    Reply reply = Caller.await(app.admin().send(HttpMethod.POST, "/api/tenants",
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"), bytes));
    reply.expectProblem(400);
  }

  @Test
  @DisplayName("wrong types answer 400 naming each field")
  void wrongTypes() {
    app.admin().post("/api/tenants", new JsonObject().put("name", 5).put("icao", "XYZ")).expectInvalid("name");
    app.admin().post("/api/tenants", new JsonObject().put("name", List.of("a")).put("icao", true))
        .expectInvalid("name", "icao");
    app.admin().post("/api/users", new JsonObject().put("email", 1).put("displayName", new JsonObject())
        .put("role", 2).put("tenantId", 3).put("password", 4))
        .expectInvalid("email", "displayName", "role", "tenantId", "password");
    airlines.pilot.post("/api/api-keys", new JsonObject().put("name", 7)).expectInvalid("name");
    airlines.pilot.post("/api/pireps", Albatross.pirepInput().put("route", new JsonObject())
        .put("flightTimeMinutes", "60").put("blockOffAt", 1_700_000_000))
        .expectInvalid("route", "flightTimeMinutes", "blockOffAt");
    app.anonymous().post("/api/auth/login", new JsonObject().put("email", 1).put("password", false))
        .expectInvalid("email", "password");
    airlines.pilot.post("/api/me/password", new JsonObject().put("currentPassword", 1).put("newPassword", 2))
        .expectInvalid("currentPassword", "newPassword");
  }

  @Test
  @DisplayName("numbers beyond any range answer 400 on their field")
  void hugeNumbers() {
    for (String number : List.of("1e400", "-1e400", "123456789012345678901234567890", "1e-400", "0.0000001")) {
      String body = Albatross.pirepInput().put("flightTimeMinutes", 0).encode()
          .replace("\"flightTimeMinutes\":0", "\"flightTimeMinutes\":" + number);
      airlines.pilot.postRaw("/api/pireps", body).expectInvalid("flightTimeMinutes");
    }
  }

  @Test
  @DisplayName("a body over 64 KiB answers 413")
  void bodyTooLarge() {
    String name = "n".repeat(65 * 1024);
    app.admin().post("/api/tenants", new JsonObject().put("name", name).put("icao", "XYZ")).expectProblem(413);
    app.anonymous().post("/api/auth/login", new JsonObject().put("email", "a@b.c").put("password", name))
        .expectProblem(413);
    airlines.pilot.post("/api/pireps", Albatross.pirepInput().put("notes", name)).expectProblem(413);
    app.admin().post("/api/tenants", new JsonObject().put("name", "n".repeat(60 * 1024)).put("icao", "XYZ"))
        .expectInvalid("name");
  }

  @Test
  @DisplayName("an unknown route answers 404 problem+json")
  void unknownRoute() {
    app.anonymous().get("/api/nothing-here").expectProblem(404);
    app.anonymous().get("/api").expectProblem(404);
    app.admin().get("/api/tenants/" + UUID.randomUUID() + "/pilots").expectProblem(404);
    app.admin().post("/api/nothing-here", new JsonObject()).expectProblem(404);
    airlines.pilot.delete("/api/pireps/" + UUID.randomUUID() + "/history/1").expectProblem(404);
  }

  @Test
  @DisplayName("a path or query that is not valid percent-encoding answers 400")
  void badPercentEncoding() {
    for (String path : List.of("/api/pireps/%ZZ", "/api/pireps?limit=%ZZ", "/api/tenants/%E0%A4%A",
        "/api/users?role=%", "/api/nothing/%ZZ", "/api/pireps/%+0/history", "/api/pireps/%25%+0-1%2E%2E%2F:,/history")) {
      airlines.pilot.get(path).expectProblem(400);
    }
    app.anonymous().post("/api/auth/login?x=%ZZ", new JsonObject()).expectProblem(400);
  }

  @Test
  @DisplayName("a form body on a GET or HEAD is ignored, not a 500")
  void formBodyOnGet() {
    for (String type : List.of("multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded")) {
      MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", type);
      Buffer form = Buffer.buffer("a=1");
      Caller.await(airlines.pilot.send(HttpMethod.GET, "/api/me", headers, form)).expect(200);
      Caller.await(app.anonymous().send(HttpMethod.GET, "/api/openapi.json", headers, form)).expect(200);
      Caller.await(app.anonymous().send(HttpMethod.GET, "/api/nothing-here", headers, form)).expectProblem(404);
      assertThat(Caller.await(airlines.pilot.send(HttpMethod.HEAD, "/api/me", headers, form)).status()).isLessThan(500);
    }
  }

  @Test
  @DisplayName("a form content type does not make a body anything but bytes to judge as JSON: 400, or 413 over 64 KiB")
  void formBodyOnPost() {
    for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz")) {
      MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", type);
      Caller pilot = airlines.pilot;
      Caller.await(pilot.send(HttpMethod.POST, "/api/pireps", headers, Buffer.buffer("a=" + "x".repeat(10_000))))
          .expectInvalid("body");
      Caller.await(pilot.send(HttpMethod.POST, "/api/pireps", headers, Buffer.buffer("a=" + "x".repeat(70_000))))
          .expectProblem(413);
      Caller.await(airlines.pilot.send(HttpMethod.POST, "/api/pireps", headers, Albatross.pirepInput().toBuffer()))
          .expect(201);
    }
  }

  @Test
  @DisplayName("a known path with a method it does not take answers a 4xx problem")
  void wrongMethod() {
    Reply reply = app.admin().delete("/api/tenants");
    assertThat(reply.status()).isIn(404, 405);
    reply.expectProblem(reply.status());
  }

  @Test
  @DisplayName("bad query parameters answer 400, bad credentials 401")
  void badQueriesAndCredentials() {
    app.admin().get("/api/users?tenantId=nope").expectInvalid("tenantId");
    app.admin().get("/api/pireps?tenantId=nope").expectInvalid("tenantId");
    app.admin().get("/api/tenants?limit=1000").expectInvalid("limit");
    app.admin().get("/api/users?cursor=%00%01").expectInvalid("cursor");
    app.withToken("", null).get("/api/me").expectProblem(401);
    Reply basic = Caller.await(app.anonymous().send(HttpMethod.GET, "/api/me",
        MultiMap.caseInsensitiveMultiMap().add("Authorization", "Basic YWRtaW46YWRtaW4="), null));
    basic.expectProblem(401);
  }
}

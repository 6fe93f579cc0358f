package dev.albatross.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few synchronous API calls the harness needs to set up an airline and a pilot. */
final class Api {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  record Pilot(String token, String tenantId, String userId) {}

  /** Signs in as the configured admin, creates an airline and a pilot, and signs in as the pilot. */
  Pilot setUpPilot(String icao) {
    String admin = adminLogin();
    JsonObject tenant = send("POST", "/api/tenants", admin,
        new JsonObject().put("name", "Bench Air " + icao).put("icao", icao), 201);
    String email = "pilot-" + icao.toLowerCase() + "@bench.local";
    JsonObject user = send("POST", "/api/users", admin, new JsonObject().put("email", email)
        .put("displayName", "Bench Pilot").put("role", "PILOT").put("tenantId", tenant.getString("id"))
        .put("password", Bench.PILOT_PASSWORD), 201);
    return new Pilot(login(email, Bench.PILOT_PASSWORD), tenant.getString("id"), user.getString("id"));
  }

  /** The admin is created just after the server starts answering: wait for it, up to 20 s. */
  private String adminLogin() {
    for (int attempt = 1; ; attempt++) {
      try {
        return login(Bench.ADMIN_EMAIL, Bench.ADMIN_PASSWORD);
      } catch (IllegalStateException notYet) {
        if (attempt == 100) {
          throw notYet;
        }
        Bench.sleep(200);
      }
    }
  }

  String login(String email, String password) {
    return send("POST", "/api/auth/login", null, new JsonObject().put("email", email).put("password", password), 200)
        .getString("token");
  }

  /** Submits the benchmark PIREP; answers the response body as the server wrote it. */
  String submitPirepRaw(String token) {
    return sendRaw("POST", "/api/pireps", token, new JsonObject(Bench.PIREP_JSON), 201);
  }

  /** The status and body of a GET. */
  HttpResponse<String> get(String path, String token) {
    return call(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10)).GET().build());
  }

  private JsonObject send(String method, String path, String token, JsonObject body, int expected) {
    return new JsonObject(sendRaw(method, path, token, body, expected));
  }

  private String sendRaw(String method, String path, String token, JsonObject body, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = call(request.build());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static HttpResponse<String> call(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

package dev.albatross.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.app.Application;
import dev.albatross.app.Config;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.buffer.Buffer;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Live bridge in one process")
class LiveBridgeTest {
  private static final String ADMIN = "admin@live.test";
  private static final String PASSWORD = "a long enough password";
  private static Vertx vertx;
  private static Application app;
  private static WebClient http;
  private static int port;

  private static String adminToken;
  private static String tenantA;
  private static String tenantB;
  private static String pilotA;
  private static String pilotB;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    app = Application.start(vertx, Config.inMemory(port).withAdmin(ADMIN, PASSWORD),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).await(30, TimeUnit.SECONDS);
    http = WebClient.create(vertx, new WebClientOptions().setDefaultPort(port).setDefaultHost("127.0.0.1"));
    adminToken = login(ADMIN, PASSWORD);
    tenantA = createTenant("Alpha Air", "AAA");
    tenantB = createTenant("Bravo Air", "BBB");
    pilotA = login(createPilot(tenantA), PASSWORD);
    pilotB = login(createPilot(tenantB), PASSWORD);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop().await(10, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("a pilot registered on their airline's PIREP address receives a PIREP filed over HTTP")
  void ownTenantReceivesPirep() throws Exception {
    LiveClient client = LiveClient.connect(vertx, port);
    client.register("tenant." + tenantA + ".pireps", bearer(pilotA));
    client.awaitQuiet();
    String pirepId = filePirep(pilotA);
    JsonObject frame = client.awaitFrame("rec");
    assertThat(frame.getString("address")).isEqualTo("tenant." + tenantA + ".pireps");
    assertThat(frame.getJsonObject("body").getString("type")).isEqualTo("PirepSubmitted");
    assertThat(frame.getJsonObject("body").getJsonObject("pirep").getString("id")).isEqualTo(pirepId);
    client.close();
  }

  @Test
  @DisplayName("another airline's pilot, a client without credentials, and a pilot on platform.tenants are refused and hear nothing")
  void refusedClientsHearNothing() throws Exception {
    LiveClient otherTenant = LiveClient.connect(vertx, port);
    LiveClient anonymous = LiveClient.connect(vertx, port);
    LiveClient pilotOnPlatform = LiveClient.connect(vertx, port);
    LiveClient admin = LiveClient.connect(vertx, port);
    otherTenant.register("tenant." + tenantA + ".pireps", bearer(pilotB));
    anonymous.register("tenant." + tenantA + ".pireps", new JsonObject());
    pilotOnPlatform.register("platform.tenants", bearer(pilotA));
    admin.register("platform.tenants", bearer(adminToken));
    for (LiveClient refused : List.of(otherTenant, anonymous, pilotOnPlatform)) {
      assertThat(refused.awaitFrame("err").getString("body")).isEqualTo("rejected");
    }
    admin.awaitQuiet();

    filePirep(pilotA);
    String tenantId = createTenant("Charlie Air", "CCC");

    assertThat(admin.awaitFrame("rec").getJsonObject("body").getJsonObject("tenant").getString("id")).isEqualTo(tenantId);
    for (LiveClient refused : List.of(otherTenant, anonymous, pilotOnPlatform)) {
      refused.awaitQuiet();
      assertThat(refused.frames("rec")).isEmpty();
    }
  }

  @Test
  @DisplayName("a browser origin outside the allow-list cannot open the connection")
  void foreignOriginRefused() {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/api/ws/websocket").addHeader("Origin", "https://evil.example");
    Future<WebSocket> connected = vertx.createWebSocketClient().connect(options);
    assertThat(awaitFailed(connected)).isTrue();
  }

  private static boolean awaitFailed(Future<?> future) {
    try {
      future.await(5, TimeUnit.SECONDS);
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  private static JsonObject bearer(String token) {
    return new JsonObject().put("Authorization", "Bearer " + token);
  }

  private static String login(String email, String password) throws Exception {
    return send("POST", "/api/auth/login", null, new JsonObject().put("email", email).put("password", password), 200)
        .getString("token");
  }

  private static String createTenant(String name, String icao) throws Exception {
    return send("POST", "/api/tenants", adminToken, new JsonObject().put("name", name).put("icao", icao), 201)
        .getString("id");
  }

  private static String createPilot(String tenantId) throws Exception {
    String email = "pilot-" + UUID.randomUUID() + "@live.test";
    send("POST", "/api/users", adminToken, new JsonObject().put("email", email).put("displayName", "Pilot")
        .put("role", "PILOT").put("tenantId", tenantId).put("password", PASSWORD), 201);
    return email;
  }

  private static String filePirep(String token) throws Exception {
    return send("POST", "/api/pireps", token, new JsonObject().put("flightNumber", "AB123").put("departure", "EDDF")
        .put("arrival", "KJFK").put("aircraftType", "B738").put("flightTimeMinutes", 480), 201).getString("id");
  }

  private static JsonObject send(String method, String path, String token, JsonObject body, int expected) throws Exception {
    var request = http.request(io.vertx.core.http.HttpMethod.valueOf(method), path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    HttpResponse<Buffer> response = request.sendJsonObject(body).await(20, TimeUnit.SECONDS);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.bodyAsString()).isEqualTo(expected);
    return response.bodyAsJsonObject();
  }
}

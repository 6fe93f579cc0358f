package dev.albatross.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.app.Application;
import dev.albatross.app.Config;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The live bridge, and what a client reads after a frame, on one process: {@link LiveBridgeTest}
 * runs it in memory, {@link LiveBridgeOnRedisTest} on PostgreSQL and Redis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LiveBridgeSuite {
  static final String ADMIN = "admin@live.test";
  static final String PASSWORD = "a long enough password";
  protected Vertx vertx;
  private Application app;
  private WebClient http;
  private int port;

  private String adminToken;
  private String tenantA;
  private String tenantB;
  private String pilotA;
  private String pilotB;

  /** The process's configuration, on {@code port}, with the platform admin {@link #ADMIN}. */
  protected abstract Config config(int port);

  /** Releases what {@link #config} made, after the process stopped. */
  protected void released() {}

  @BeforeAll
  void start() throws Exception {
    vertx = Vertx.vertx();
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    app = Application.start(vertx, config(port),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).await(30, TimeUnit.SECONDS);
    http = WebClient.create(vertx, new WebClientOptions().setDefaultPort(port).setDefaultHost("127.0.0.1"));
    adminToken = login(ADMIN, PASSWORD);
    tenantA = createTenant("Alpha Air", "AAA");
    tenantB = createTenant("Bravo Air", "BBB");
    pilotA = login(createPilot(tenantA), PASSWORD);
    pilotB = login(createPilot(tenantB), PASSWORD);
  }

  @AfterAll
  void stop() throws Exception {
    app.stop().await(10, TimeUnit.SECONDS);
    released();
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
  @DisplayName("a client that heard a PIREP's review reads it reviewed at once, though the gateway had answered it before")
  void readsWhatItHeard() throws Exception {
    String reviewer = login(createUser(tenantA, "TENANT_ADMIN"), PASSWORD);
    LiveClient client = LiveClient.connect(vertx, port);
    client.register("tenant." + tenantA + ".pireps", bearer(reviewer));
    client.awaitQuiet();
    String pirepId = filePirep(pilotA);
    client.awaitFrame("rec");
    for (int i = 0; i < 3; i++) {
      assertThat(get("/api/pireps/" + pirepId, pilotA).getString("status")).isEqualTo("SUBMITTED");
    }

    send("POST", "/api/pireps/" + pirepId + "/accept", reviewer, new JsonObject(), 200);
    JsonObject frame = client.awaitFrames("rec", 2).get(1);

    assertThat(frame.getJsonObject("body").getString("type")).isEqualTo("PirepAccepted");
    assertThat(get("/api/pireps/" + pirepId, pilotA).getString("status")).isEqualTo("ACCEPTED");
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

  @Test
  @DisplayName("the SockJS xhr-polling fallback registers and delivers too")
  void xhrPolling() throws Exception {
    String session = "/api/ws/123/" + UUID.randomUUID().toString().replace("-", "");
    assertThat(xhr(session + "/xhr", null).bodyAsString()).startsWith("o");
    JsonObject register = new JsonObject().put("type", "register").put("address", "tenant." + tenantA + ".pireps")
        .put("headers", bearer(pilotA));
    HttpResponse<Buffer> sent = xhr(session + "/xhr_send", new JsonArray().add(register.encode()).encode());
    assertThat(sent.statusCode()).isEqualTo(204);
    Thread.sleep(300);
    String pirepId = filePirep(pilotA);
    String frames = "";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!frames.contains(pirepId) && System.nanoTime() < deadline) {
      frames = xhr(session + "/xhr", null).bodyAsString();
    }
    assertThat(frames).startsWith("a").contains("rec", "PirepSubmitted", pirepId);
  }

  /** SockJS's HTTP transports end their responses in ways a pooled keep-alive connection trips on: one each. */
  private HttpResponse<Buffer> xhr(String path, String body) throws Exception {
    WebClient once = WebClient.create(vertx, new WebClientOptions().setDefaultPort(port).setDefaultHost("127.0.0.1")
        .setKeepAlive(false));
    var request = once.post(path);
    return (body == null ? request.send() : request.putHeader("Content-Type", "text/plain").sendBuffer(Buffer.buffer(body)))
        .await(20, TimeUnit.SECONDS);
  }

  private boolean awaitFailed(Future<?> future) {
    try {
      future.await(5, TimeUnit.SECONDS);
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  private JsonObject bearer(String token) {
    return new JsonObject().put("Authorization", "Bearer " + token);
  }

  private String login(String email, String password) throws Exception {
    return send("POST", "/api/auth/login", null, new JsonObject().put("email", email).put("password", password), 200)
        .getString("token");
  }

  private String createTenant(String name, String icao) throws Exception {
    return send("POST", "/api/tenants", adminToken, new JsonObject().put("name", name).put("icao", icao), 201)
        .getString("id");
  }

  private String createPilot(String tenantId) throws Exception {
    return createUser(tenantId, "PILOT");
  }

  private String createUser(String tenantId, String role) throws Exception {
    String email = "user-" + UUID.randomUUID() + "@live.test";
    send("POST", "/api/users", adminToken, new JsonObject().put("email", email).put("displayName", "Pilot")
        .put("role", role).put("tenantId", tenantId).put("password", PASSWORD), 201);
    return email;
  }

  private String filePirep(String token) throws Exception {
    return send("POST", "/api/pireps", token, new JsonObject().put("flightNumber", "AB123").put("departure", "EDDF")
        .put("arrival", "KJFK").put("aircraftType", "B738").put("flightTimeMinutes", 480), 201).getString("id");
  }

  private JsonObject get(String path, String token) throws Exception {
    HttpResponse<Buffer> response = http.get(path).putHeader("Authorization", "Bearer " + token).send()
        .await(20, TimeUnit.SECONDS);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private JsonObject send(String method, String path, String token, JsonObject body, int expected) throws Exception {
    var request = http.request(HttpMethod.valueOf(method), path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    HttpResponse<Buffer> response = request.sendJsonObject(body).await(20, TimeUnit.SECONDS);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.bodyAsString()).isEqualTo(expected);
    return response.bodyAsJsonObject();
  }
}

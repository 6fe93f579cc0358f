package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.Main;
import dev.albatross.adapter.TestServices;
import dev.albatross.adapter.pg.PgTestDatabase;
import dev.albatross.app.Application;
import dev.albatross.app.Config;
import dev.albatross.verticle.FlightSweepVerticle;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real application, in memory, on a free port, for one test class
 * ({@code @RegisterExtension static final Albatross app = new Albatross();}), and the steps the
 * API tests build on: signing in, creating airlines, users and API keys.
 */
public final class Albatross implements BeforeAllCallback, AfterAllCallback {
  public static final String ADMIN_EMAIL = "admin@test.local";
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";
  /** Known to the tests so they can forge tokens the application must refuse. */
  public static final String JWT_SECRET = "a-jwt-secret-the-tests-know-of-32+";
  /** The password of users the tests create, unless a test gives another. */
  public static final String PASSWORD = "pilot-password-123";

  /** The fields of a user, as API.md lists them: never a password or a hash. */
  public static final String[] USER_FIELDS = {"id", "email", "displayName", "role", "tenantId", "mustChangePassword",
      "createdAt", "status", "suspendedReason"};
  public static final String[] PIREP_FIELDS = {"flightNumber", "departure", "arrival", "aircraftType", "flightTimeMinutes",
      "blockOffAt", "blockOnAt", "fuelUsedKg", "distanceNm", "landingRateFpm", "route", "notes", "id", "tenantId",
      "pilotId", "pilotName", "status", "source", "flightId", "submittedAt", "reviewedAt", "reviewedBy", "rejectionReason"};

  private final AtomicInteger sequence = new AtomicInteger();
  private final boolean adminPasswordConfigured;
  private final boolean onRealServices;
  private PgTestDatabase database;
  private FlightSweepVerticle.Settings flightSweep = FlightSweepVerticle.Settings.DEFAULT;
  private final IntFunction<Config> configured;
  private int port;
  private Vertx vertx;
  private Application application;
  private WebClient web;
  private Caller admin;

  public Albatross() {
    this(true, false);
  }

  private Albatross(boolean adminPasswordConfigured, boolean onRealServices) {
    this.adminPasswordConfigured = adminPasswordConfigured;
    this.onRealServices = onRealServices;
    this.configured = null;
  }

  private Albatross(IntFunction<Config> configured) {
    this.adminPasswordConfigured = true;
    this.onRealServices = false;
    this.configured = configured;
  }

  /**
   * The application as {@code configured} for its port says (real services, a role of its own),
   * with this class's admin and JWT secret, so two of them serve the same users and tokens.
   */
  public static Albatross on(IntFunction<Config> configured) {
    return new Albatross(configured);
  }

  /** The same application, losing flights that send no position for {@code lostAfter}, looked for 10 times as often. */
  public Albatross losingFlightsAfter(Duration lostAfter) {
    flightSweep = new FlightSweepVerticle.Settings(lostAfter, lostAfter.dividedBy(10));
    return this;
  }

  /** The application on a PostgreSQL database of its own and on Redis, in one process. */
  public static Albatross onPostgresAndRedis() {
    return new Albatross(true, true);
  }

  /** The application as a first start without ALBATROSS_ADMIN_PASSWORD: it generates the admin's password. */
  public static Albatross withGeneratedAdminPassword() {
    return new Albatross(false, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
      start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
      stop();
    }
  }

  /** Starts the application; for test engines other than JUnit Jupiter, and tests that start a second one. */
  public void start() {
    port = freePort();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    vertx = Main.vertx(registry);
    application = Caller.await(Application.start(vertx, config(port), registry, flightSweep));
    web = WebClient.create(vertx, new WebClientOptions().setDefaultHost("localhost").setDefaultPort(port),
        new PoolOptions().setHttp1MaxSize(64));
  }

  public void stop() {
    if (web != null) {
      web.close();
    }
    Caller.await(application != null ? application.stop() : vertx.close());
    if (database != null) {
      database.close();
    }
  }

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** A router with the routes the gateway serves. */
  public Router router() {
    return application.api().router(vertx);
  }

  private Config config(int port) {
    Config c = configured == null
        ? Config.inMemory(port).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD)
        : configured.apply(port).withAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    if (onRealServices) {
      database = PgTestDatabase.createEmpty();
    }
    Optional<String> pgUrl = onRealServices ? Optional.of(database.url()) : c.pgUrl();
    Optional<String> redisUrl = onRealServices ? Optional.of(TestServices.redisUrl()) : c.redisUrl();
    return new Config(c.httpPort(), c.roles(), pgUrl, c.rabbitMqUrl(), redisUrl, Optional.of(JWT_SECRET),
        c.adminEmail(), adminPasswordConfigured ? c.adminPassword() : Optional.empty(), c.allowedOrigins(),
        c.dataDir());
  }

  /** A JWT signer with the application's secret, or with another. */
  public JWTAuth jwt(String secret) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(Buffer.buffer(secret))));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- callers ---

  public Caller anonymous() {
    return new Caller(web, MultiMap.caseInsensitiveMultiMap(), null);
  }

  /** The platform admin of the configuration, signed in once per class. */
  public Caller admin() {
    if (admin == null) {
      admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
    return admin;
  }

  public Reply login(String email, String password) {
    return anonymous().post("/api/auth/login", new JsonObject().put("email", email).put("password", password));
  }

  /** Signs in, asserting success, and calls with the session's token. */
  public Caller signIn(String email, String password) {
    JsonObject session = login(email, password).expect(200);
    return withToken(session.getString("token"), session.getJsonObject("user"));
  }

  public Caller withToken(String token, JsonObject user) {
    return new Caller(web, MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + token), user);
  }

  /** Calls with an API key; {@code owner} is who the test expects the key to act as. */
  public Caller withKey(String key, JsonObject owner) {
    return new Caller(web, MultiMap.caseInsensitiveMultiMap().add("X-API-Key", key), owner);
  }

  // --- things to work with ---

  /** A new airline with a unique ICAO code, created by the platform admin. */
  public JsonObject createTenant() {
    String icao = uniqueIcao();
    return admin().post("/api/tenants", new JsonObject().put("name", "Airline " + icao).put("icao", icao)).expect(201);
  }

  /**
   * Waits until the read models hold every event recorded so far, so that a test can count what
   * a list shows: projections apply the one feed in order, so once a tenant created now can be
   * read, everything recorded before it is applied too.
   */
  public void awaitProjections() {
    String id = createTenant().getString("id");
    admin().getUntil("/api/tenants/" + id, r -> r.status() == 200);
  }

  /** Codes counted down from ZZZ, so they stay clear of the real ones tests type in. */
  public String uniqueIcao() {
    int n = 17_575 - sequence.incrementAndGet();
    return "" + (char) ('A' + n / 676) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
  }

  public String uniqueEmail(String who) {
    return who + "-" + sequence.incrementAndGet() + "@test.local";
  }

  /** A registration body for a new user with {@link #PASSWORD}; tenantId may be null. */
  public JsonObject registration(String role, String tenantId) {
    return new JsonObject()
        .put("email", uniqueEmail(role.toLowerCase()))
        .put("displayName", "Test " + role.toLowerCase())
        .put("role", role)
        .put("tenantId", tenantId)
        .put("password", PASSWORD);
  }

  /** Creates a user as the platform admin and signs them in. */
  public Caller newUser(String role, String tenantId) {
    JsonObject user = admin().post("/api/users", registration(role, tenantId)).expect(201);
    return signIn(user.getString("email"), PASSWORD);
  }

  /** Registers a pilot with {@link #PASSWORD}, without signing them in. */
  public JsonObject registerPilot(JsonObject tenant) {
    return admin().post("/api/users", registration("PILOT", tenant.getString("id"))).expect(201);
  }

  public Caller newPilot(JsonObject tenant) {
    return newUser("PILOT", tenant.getString("id"));
  }

  public Caller newTenantAdmin(JsonObject tenant) {
    return newUser("TENANT_ADMIN", tenant.getString("id"));
  }

  public static String pirepPath(JsonObject pirep) {
    return "/api/pireps/" + pirep.getString("id");
  }

  /** Asserts a user has exactly the fields of API.md, and nothing secret. */
  public static void assertIsUser(JsonObject user) {
    assertThat(user.fieldNames()).containsExactlyInAnyOrder(USER_FIELDS);
    assertThat(user.encode()).doesNotContain("argon2", PASSWORD, ADMIN_PASSWORD);
  }

  /** A PIREP input that passes every rule of API.md. */
  public static JsonObject pirepInput() {
    return new JsonObject()
        .put("flightNumber", "DLH123")
        .put("departure", "EDDF")
        .put("arrival", "KJFK")
        .put("aircraftType", "B748")
        .put("flightTimeMinutes", 505)
        .put("blockOffAt", "2026-11-26T12:00:00Z")
        .put("blockOnAt", "2026-11-26T20:25:00Z")
        .put("fuelUsedKg", 98_000)
        .put("distanceNm", 3_340)
        .put("landingRateFpm", -180)
        .put("route", "TOBAK UN857 ...")
        .put("notes", "smooth");
  }
}

package dev.albatross.security;

import dev.albatross.api.Albatross;
import dev.albatross.api.Caller;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cast of the authorisation matrices: two airlines, and the seven kinds of caller, all of the
 * first airline (the "own" one) except the platform admin, who has none. The suspended caller is
 * a pilot signed in before an airline admin suspended them.
 */
final class TwoAirlines {
  enum Who { ANONYMOUS, PILOT, TENANT_ADMIN, PLATFORM_ADMIN, API_KEY, REVOKED_KEY, SUSPENDED }

  final JsonObject own;
  final JsonObject other;
  /** A pilot of the own airline who is none of the callers. */
  final JsonObject colleague;
  final Caller otherPilot;
  private final Albatross app;
  private final Map<Who, Caller> callers = new EnumMap<>(Who.class);
  private final Map<Who, JsonObject> frameHeaders = new EnumMap<>(Who.class);

  TwoAirlines(Albatross app) {
    this.app = app;
    own = app.createTenant();
    other = app.createTenant();
    colleague = app.registerPilot(own);
    otherPilot = app.newPilot(other);
    signIn(app, Who.PLATFORM_ADMIN, Albatross.ADMIN_EMAIL, Albatross.ADMIN_PASSWORD);
    signIn(app, Who.PILOT, app.registerPilot(own).getString("email"), Albatross.PASSWORD);
    JsonObject tenantAdmin = app.admin().post("/api/users", app.registration("TENANT_ADMIN", own.getString("id")))
        .expect(201);
    signIn(app, Who.TENANT_ADMIN, tenantAdmin.getString("email"), Albatross.PASSWORD);
    Caller pilot = callers.get(Who.PILOT);
    String key = pilot.createApiKey("matrix").getString("key");
    callers.put(Who.API_KEY, app.withKey(key, pilot.user()));
    frameHeaders.put(Who.API_KEY, new JsonObject().put("X-API-Key", key));
    JsonObject revoked = pilot.createApiKey("revoked");
    pilot.delete("/api/api-keys/" + revoked.getString("id")).expect(204);
    Caller revokedCaller = app.withKey(revoked.getString("key"), pilot.user());
    revokedCaller.getUntil("/api/me", r -> r.status() == 401);
    callers.put(Who.REVOKED_KEY, revokedCaller);
    frameHeaders.put(Who.REVOKED_KEY, new JsonObject().put("X-API-Key", revoked.getString("key")));
    callers.put(Who.ANONYMOUS, app.anonymous());
    frameHeaders.put(Who.ANONYMOUS, new JsonObject());
    JsonObject suspended = app.registerPilot(own);
    signIn(app, Who.SUSPENDED, suspended.getString("email"), Albatross.PASSWORD);
    callers.get(Who.TENANT_ADMIN).post("/api/users/" + suspended.getString("id") + "/suspend",
        new JsonObject().put("reason", "The matrix needs a suspended caller.")).expect(200);
    app.awaitProjections();
  }

  /**
   * A caller like {@code who} that no other cell uses: for operations that end the caller's
   * sessions (signing out, changing a password), so that no cell changes what another sees.
   */
  Caller fresh(Who who) {
    return switch (who) {
      case PILOT -> app.newPilot(own);
      case TENANT_ADMIN -> app.newTenantAdmin(own);
      case PLATFORM_ADMIN -> app.newUser("PLATFORM_ADMIN", null);
      case API_KEY -> {
        Caller pilot = app.newPilot(own);
        yield app.withKey(pilot.createApiKey("fresh").getString("key"), pilot.user());
      }
      default -> callers.get(who);
    };
  }

  /**
   * Credentials of callers like the valid ones (pilot, tenant admin, platform admin, the pilot's
   * key) whose sessions nobody else uses: for requests that may end them.
   */
  List<JsonObject> disposableFrameHeaders() {
    Caller pilot = app.newPilot(own);
    return List.of(
        new JsonObject().put("Authorization", pilot.authorization()),
        new JsonObject().put("Authorization", app.newTenantAdmin(own).authorization()),
        new JsonObject().put("Authorization", app.newUser("PLATFORM_ADMIN", null).authorization()),
        new JsonObject().put("X-API-Key", pilot.createApiKey("disposable").getString("key")));
  }

  /** A new user of the own airline or the other, to change; suspended already if {@code suspended}. */
  String userToChange(boolean ownTarget, boolean suspended) {
    JsonObject user = app.registerPilot(ownTarget ? own : other);
    if (suspended) {
      app.admin().post("/api/users/" + user.getString("id") + "/suspend", new JsonObject().put("reason", "to reactivate"))
          .expect(200);
    }
    return user.getString("id");
  }

  private void signIn(Albatross app, Who who, String email, String password) {
    JsonObject session = app.login(email, password).expect(200);
    callers.put(who, app.withToken(session.getString("token"), session.getJsonObject("user")));
    frameHeaders.put(who, new JsonObject().put("Authorization", "Bearer " + session.getString("token")));
  }

  Caller caller(Who who) {
    return callers.get(who);
  }

  /** The credentials of {@code who} as the headers of a live bridge frame. */
  JsonObject frameHeaders(Who who) {
    return frameHeaders.get(who).copy();
  }

  /** The password of the user {@code who} acts as (the pilot, for the keys and for callers who are nobody). */
  String password(Who who) {
    return Albatross.PASSWORD;
  }

  /** A signed-in caller owning what {@code who} owns: the key's owner for keys, the pilot for anonymous callers. */
  Caller owner(Who who) {
    return switch (who) {
      case PILOT, TENANT_ADMIN, PLATFORM_ADMIN -> callers.get(who);
      default -> callers.get(Who.PILOT);
    };
  }

  /**
   * A valid body for the operation as {@code who} would send it (to the own airline or the other,
   * where the body names one); null for operations that take none.
   */
  JsonObject validBody(String operation, Who who, boolean ownTarget) {
    return switch (operation) {
      case "POST /api/auth/login" -> new JsonObject().put("email", colleague.getString("email"))
          .put("password", Albatross.PASSWORD);
      case "POST /api/me/password" -> new JsonObject().put("currentPassword", password(who))
          .put("newPassword", password(who));
      case "POST /api/tenants" -> new JsonObject().put("name", "Matrix Air").put("icao", app.uniqueIcao());
      case "POST /api/users" -> app.registration("PILOT", ownTarget ? ownId() : otherId());
      case "POST /api/api-keys" -> new JsonObject().put("name", "matrix key");
      case "POST /api/pireps" -> Albatross.pirepInput();
      case "POST /api/pireps/{id}/reject" -> new JsonObject().put("reason", "Missing the fuel figures.");
      case "POST /api/flights" -> new JsonObject().put("flightNumber", "MTX1").put("departure", "EGLL")
          .put("arrival", "KJFK").put("aircraftType", "B77W").put("client", "matrix");
      case "POST /api/flights/{id}/positions" -> new JsonObject().put("positions", new JsonArray().add(new JsonObject()
          .put("seq", 1).put("at", "2026-12-01T10:00:00Z").put("lat", 51.47).put("lon", -0.45).put("altitudeFt", 80)
          .put("headingDeg", 270).put("groundSpeedKt", 0).put("verticalSpeedFpm", 0).put("onGround", true)));
      case "POST /api/flights/{id}/file" -> new JsonObject().put("flightTimeMinutes", 60);
      case "PATCH /api/users/{id}" -> new JsonObject().put("displayName", "Matrix Renamed");
      case "POST /api/users/{id}/suspend" -> new JsonObject().put("reason", "Left the airline.");
      case "PATCH /api/pireps/{id}" -> new JsonObject().put("reason", "Block-on time was wrong.")
          .put("flightTimeMinutes", 480);
      case "PUT /api/tenants/{id}/ranks" -> new JsonObject().put("items", new JsonArray()
          .add(new JsonObject().put("name", "Cadet").put("minHours", 0))
          .add(new JsonObject().put("name", "Captain").put("minHours", 500)));
      default -> null;
    };
  }

  /** The query string a valid call of the operation needs: empty but for the airport search. */
  String validQuery(String operation) {
    return operation.equals("GET /api/airports") ? "?q=EGLL" : "";
  }

  /** Starts a flight of the own airline's pilot, or of the other airline's, for the tests to act on. */
  JsonObject flight(boolean own) {
    return (own ? caller(Who.PILOT) : otherPilot).post("/api/flights", validBody("POST /api/flights", Who.PILOT, own))
        .expect(201);
  }

  String ownId() {
    return own.getString("id");
  }

  String otherId() {
    return other.getString("id");
  }
}

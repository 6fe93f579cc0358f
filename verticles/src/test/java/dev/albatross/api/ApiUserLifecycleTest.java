package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.http.ReadConsistency;
import dev.albatross.live.LiveClient;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Sessions and user lifecycle")
class ApiUserLifecycleTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  /** A new pilot of the own airline, registered and signed in. */
  private static Caller newPilot() {
    return app.newPilot(airlines.airline);
  }

  private static Caller signInAgain(Caller caller) {
    return app.signIn(caller.user().getString("email"), Albatross.PASSWORD);
  }

  private static String userPath(Caller caller) {
    return "/api/users/" + caller.id();
  }

  private static JsonObject reason(String reason) {
    return new JsonObject().put("reason", reason);
  }

  @Nested
  @DisplayName("POST /api/auth/logout")
  class Logout {

    @Test
    @DisplayName("204, then that token answers 401 on the very next request; the user's other sessions hold")
    void signsOut() {
      Caller pilot = newPilot();
      Caller otherSession = signInAgain(pilot);
      Reply out = pilot.post("/api/auth/logout");
      assertThat(out.status()).isEqualTo(204);
      assertThat(out.header(ReadConsistency.POSITION)).isNotNull();
      assertThat(pilot.get("/api/me").expectProblem(401).getString("detail")).contains("sign in again");
      pilot.get("/api/pireps").expectProblem(401);
      pilot.post("/api/auth/logout").expectProblem(401);
      otherSession.get("/api/me").expect(200);
    }

    @Test
    @DisplayName("an API key has no session to end: 403; without credentials: 401")
    void keysAndAnonymous() {
      Caller pilot = newPilot();
      Caller withKey = app.withKey(pilot.createApiKey("acars").getString("key"), pilot.user());
      withKey.post("/api/auth/logout").expectProblem(403);
      withKey.get("/api/me").expect(200);
      app.anonymous().post("/api/auth/logout").expectProblem(401);
    }

    @Test
    @DisplayName("a user who must change their password may still sign out")
    void mustChangePassword() {
      JsonObject body = app.registration("PILOT", airlines.airlineId());
      body.remove("password");
      JsonObject created = app.admin().post("/api/users", body).expect(201);
      Caller fresh = app.signIn(created.getString("email"), created.getString("initialPassword"));
      fresh.post("/api/auth/logout").expect(204);
      fresh.get("/api/me").expectProblem(401);
    }
  }

  @Nested
  @DisplayName("PATCH /api/users/{id}")
  class Change {

    @Test
    @DisplayName("a platform admin renames a pilot and makes them a tenant admin: 200, and their token acts so at once")
    void platformAdminChanges() {
      Caller pilot = newPilot();
      pilot.get("/api/users").expectProblem(403);
      JsonObject changed = app.admin().patch(userPath(pilot),
          new JsonObject().put("displayName", "  Captain Pat ").put("role", "TENANT_ADMIN")).expect(200);
      Albatross.assertIsUser(changed);
      assertThat(changed.getString("displayName")).isEqualTo("Captain Pat");
      assertThat(changed.getString("role")).isEqualTo("TENANT_ADMIN");
      assertThat(changed.getString("status")).isEqualTo("ACTIVE");
      pilot.get("/api/users").expect(200);
      assertThat(pilot.get("/api/me").expect(200).getString("displayName")).isEqualTo("Captain Pat");
      assertThat(pilot.filePirep().getString("pilotName")).isEqualTo("Captain Pat");
    }

    @Test
    @DisplayName("a tenant admin demoted to pilot is refused admin work on the very next request, token and key")
    void demotion() {
      Caller admin = app.newTenantAdmin(airlines.airline);
      Caller withKey = app.withKey(admin.createApiKey("ops").getString("key"), admin.user());
      withKey.get("/api/users").expect(200);
      airlines.tenantAdmin.patch(userPath(admin), new JsonObject().put("role", "PILOT")).expect(200);
      admin.get("/api/users").expectProblem(403);
      withKey.get("/api/users").expectProblem(403);
    }

    @Test
    @DisplayName("a tenant admin changes their own name but not their own role")
    void ownRole() {
      Caller admin = app.newTenantAdmin(airlines.airline);
      admin.patch(userPath(admin), new JsonObject().put("role", "PILOT")).expectProblem(403);
      assertThat(admin.patch(userPath(admin), new JsonObject().put("displayName", "Ops Lead").put("role", "TENANT_ADMIN"))
          .expect(200).getString("displayName")).isEqualTo("Ops Lead");
    }

    @Test
    @DisplayName("who may: a pilot 403, another airline's admin 404, an unknown user 404, a platform admin by a tenant admin 404")
    void whoMay() {
      Caller pilot = newPilot();
      JsonObject rename = new JsonObject().put("displayName", "Nope");
      airlines.pilot.patch(userPath(pilot), rename).expectProblem(403);
      airlines.otherTenantAdmin.patch(userPath(pilot), rename).expectProblem(404);
      airlines.tenantAdmin.patch("/api/users/00000000-0000-0000-0000-000000000000", rename).expectProblem(404);
      airlines.tenantAdmin.patch(userPath(app.admin()), rename).expectProblem(404);
      assertThat(app.admin().get(userPath(pilot)).expect(200).getString("displayName")).isNotEqualTo("Nope");
    }

    @Test
    @DisplayName("roles within the rules: PLATFORM_ADMIN is 403 from a tenant admin and 400 from a platform admin")
    void roleRules() {
      Caller pilot = newPilot();
      airlines.tenantAdmin.patch(userPath(pilot), new JsonObject().put("role", "PLATFORM_ADMIN")).expectProblem(403);
      app.admin().patch(userPath(pilot), new JsonObject().put("role", "PLATFORM_ADMIN")).expectInvalid("role");
      app.admin().patch(userPath(app.admin()), new JsonObject().put("role", "PILOT")).expectInvalid("role");
      assertThat(airlines.tenantAdmin.patch(userPath(pilot), new JsonObject().put("role", "TENANT_ADMIN")).expect(200)
          .getString("role")).isEqualTo("TENANT_ADMIN");
    }

    @Test
    @DisplayName("invalid fields: 400 with one entry per field")
    void invalid() {
      Caller pilot = newPilot();
      airlines.tenantAdmin.patch(userPath(pilot), new JsonObject().put("displayName", " ").put("role", "CAPTAIN"))
          .expectInvalid("displayName", "role");
      airlines.tenantAdmin.patch(userPath(pilot), new JsonObject().put("displayName", "x".repeat(101)))
          .expectInvalid("displayName");
      airlines.tenantAdmin.patch(userPath(pilot), new JsonObject().put("role", 3)).expectInvalid("role");
    }
  }

  @Nested
  @DisplayName("POST /api/users/{id}/suspend and /reactivate")
  class Suspension {

    @Test
    @DisplayName("a suspended user's tokens and API keys answer 401 on the very next request, and they cannot sign in")
    void suspends() {
      Caller pilot = newPilot();
      Caller withKey = app.withKey(pilot.createApiKey("acars").getString("key"), pilot.user());
      String wrongPassword = app.login(pilot.user().getString("email"), "not-the-password-1").expectProblem(401)
          .getString("detail");

      Reply suspended = airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("left the airline"));
      JsonObject user = suspended.expect(200);
      Albatross.assertIsUser(user);
      assertThat(user.getString("status")).isEqualTo("SUSPENDED");
      assertThat(user.getString("suspendedReason")).isEqualTo("left the airline");
      assertThat(suspended.header(ReadConsistency.POSITION)).isNotNull();

      pilot.get("/api/me").expectProblem(401);
      withKey.get("/api/me").expectProblem(401);
      withKey.post("/api/pireps", Albatross.pirepInput()).expectProblem(401);
      assertThat(app.login(pilot.user().getString("email"), Albatross.PASSWORD).expectProblem(401).getString("detail"))
          .isEqualTo(wrongPassword);
      assertThat(airlines.tenantAdmin.get(userPath(pilot)).expect(200).getString("status")).isEqualTo("SUSPENDED");
    }

    @Test
    @DisplayName("reactivated, the user signs in again and their keys work; tokens from before the suspension stay ended")
    void reactivates() {
      Caller pilot = newPilot();
      Caller withKey = app.withKey(pilot.createApiKey("acars").getString("key"), pilot.user());
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("on leave")).expect(200);
      JsonObject user = airlines.tenantAdmin.post(userPath(pilot) + "/reactivate").expect(200);
      assertThat(user.getString("status")).isEqualTo("ACTIVE");
      assertThat(user.getValue("suspendedReason")).isNull();
      withKey.get("/api/me").expect(200);
      pilot.get("/api/me").expectProblem(401);
      signInAgain(pilot).get("/api/me").expect(200);
    }

    @Test
    @DisplayName("409 when already suspended, or already active")
    void conflicts() {
      Caller pilot = newPilot();
      airlines.tenantAdmin.post(userPath(pilot) + "/reactivate").expectProblem(409);
      app.admin().post(userPath(pilot) + "/suspend", reason("first")).expect(200);
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("second")).expectProblem(409);
    }

    @Test
    @DisplayName("nobody suspends themself; a pilot may not suspend, another airline's admin is told 404")
    void whoMay() {
      airlines.tenantAdmin.post(userPath(airlines.tenantAdmin) + "/suspend", reason("me")).expectProblem(403);
      app.admin().post(userPath(app.admin()) + "/suspend", reason("me")).expectProblem(403);
      Caller pilot = newPilot();
      airlines.pilot.post(userPath(pilot) + "/suspend", reason("colleague")).expectProblem(403);
      airlines.otherTenantAdmin.post(userPath(pilot) + "/suspend", reason("stranger")).expectProblem(404);
      airlines.otherTenantAdmin.post(userPath(pilot) + "/reactivate").expectProblem(404);
      pilot.get("/api/me").expect(200);
    }

    @Test
    @DisplayName("the reason is required, 1..500 characters and not blank")
    void reasonRules() {
      Caller pilot = newPilot();
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", new JsonObject()).expectInvalid("reason");
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("  ")).expectInvalid("reason");
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("x".repeat(501))).expectInvalid("reason");
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("x".repeat(500))).expect(200);
    }

    @Test
    @DisplayName("a suspended user's live registration is refused")
    void liveRefused() throws Exception {
      Caller pilot = newPilot();
      airlines.tenantAdmin.post(userPath(pilot) + "/suspend", reason("gone")).expect(200);
      LiveClient client = LiveClient.connect(app.vertx(), app.port());
      try {
        client.register("tenant." + airlines.airlineId() + ".pireps",
            new JsonObject().put("Authorization", pilot.authorization()));
        assertThat(client.awaitFrame("err").getString("body")).isEqualTo("rejected");
      } finally {
        client.close();
      }
    }
  }

  @Nested
  @DisplayName("Live connections")
  class Live {

    private LiveClient listening(Caller caller) throws Exception {
      LiveClient client = LiveClient.connect(app.vertx(), app.port());
      client.register("tenant." + airlines.airlineId() + ".pireps",
          new JsonObject().put("Authorization", caller.authorization()));
      caller.filePirep();
      client.awaitFrame("rec");
      return client;
    }

    private boolean closedWithin(LiveClient client, long millis) throws InterruptedException {
      long deadline = System.currentTimeMillis() + millis;
      while (!client.closed() && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      return client.closed();
    }

    @Test
    @DisplayName("a suspended user's and a signed-out token's live connections are closed within seconds; others stay")
    void closedOnceRefused() throws Exception {
      Caller suspended = newPilot();
      Caller signedOut = newPilot();
      Caller staying = newPilot();
      LiveClient ofSuspended = listening(suspended);
      LiveClient ofSignedOut = listening(signedOut);
      LiveClient ofStaying = listening(staying);
      try {
        airlines.tenantAdmin.post(userPath(suspended) + "/suspend", reason("gone")).expect(200);
        signedOut.post("/api/auth/logout").expect(204);
        assertThat(closedWithin(ofSuspended, 8_000)).as("the suspended user's connection is closed").isTrue();
        assertThat(closedWithin(ofSignedOut, 8_000)).as("the signed-out token's connection is closed").isTrue();
        assertThat(ofStaying.closed()).isFalse();
      } finally {
        ofSuspended.close();
        ofSignedOut.close();
        ofStaying.close();
      }
    }
  }

  @Nested
  @DisplayName("POST /api/me/password ends the other sessions")
  class PasswordChange {

    @Test
    @DisplayName("tokens issued before the change answer 401; the token that changed it and new sign-ins work")
    void endsOtherSessions() {
      Caller pilot = newPilot();
      Caller otherSession = signInAgain(pilot);
      Caller withKey = app.withKey(pilot.createApiKey("acars").getString("key"), pilot.user());
      pilot.post("/api/me/password", new JsonObject().put("currentPassword", Albatross.PASSWORD)
          .put("newPassword", "a-brand-new-password")).expect(204);
      pilot.get("/api/me").expect(200);
      otherSession.get("/api/me").expectProblem(401);
      withKey.get("/api/me").expect(200);
      app.signIn(pilot.user().getString("email"), "a-brand-new-password").get("/api/me").expect(200);
    }
  }
}

package dev.albatross.api;

import static dev.albatross.api.Albatross.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Self: /api/me, password changes, the forced first change")
class ApiPasswordTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static OneAirline airline;

  @BeforeAll
  static void airline() {
    airline = new OneAirline(app);
  }

  @Nested
  @DisplayName("GET /api/me")
  class Me {
    @Test
    @DisplayName("answers the signed-in user")
    void me() {
      JsonObject pilot = airline.registerPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);
      JsonObject me = caller.get("/api/me").expect(200);
      Albatross.assertIsUser(me);
      assertThat(me).isEqualTo(pilot);
    }

    @Test
    @DisplayName("answers 401 without credentials, or with a bad token")
    void unauthenticated() {
      app.anonymous().get("/api/me").expectProblem(401);
      app.withToken("not.a.jwt", null).get("/api/me").expectProblem(401);
      String token = app.login(Albatross.ADMIN_EMAIL, Albatross.ADMIN_PASSWORD).expect(200).getString("token");
      app.withToken(token.substring(0, token.length() - 2) + "xx", null).get("/api/me").expectProblem(401);
    }
  }

  @Nested
  @DisplayName("POST /api/me/password")
  class PasswordChange {
    @Test
    @DisplayName("answers 204; the new password signs in, the old one no longer")
    void changesPassword() {
      JsonObject pilot = airline.registerPilot();
      String email = pilot.getString("email");
      Caller caller = app.signIn(email, PASSWORD);
      String next = "twelve-chars";

      caller.post("/api/me/password", change(PASSWORD, next)).expect(204);

      app.login(email, next).expect(200);
      app.login(email, PASSWORD).expectProblem(401);
    }

    @Test
    @DisplayName("answers 400 on currentPassword if it is wrong, on newPassword if under 12 or over 128 characters")
    void refusesBadPasswords() {
      JsonObject pilot = airline.registerPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);

      caller.post("/api/me/password", change("not-my-password", "a-good-new-password"))
          .expectInvalid("currentPassword");
      caller.post("/api/me/password", change(PASSWORD, "x".repeat(11))).expectInvalid("newPassword");
      caller.post("/api/me/password", change(PASSWORD, "x".repeat(129))).expectInvalid("newPassword");
      caller.post("/api/me/password", new JsonObject()).expectInvalid("currentPassword", "newPassword");

      app.login(pilot.getString("email"), PASSWORD).expect(200);
    }

    @Test
    @DisplayName("takes a new password of 128 characters")
    void longestPassword() {
      JsonObject pilot = airline.registerPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);
      String longest = "p".repeat(128);
      caller.post("/api/me/password", change(PASSWORD, longest)).expect(204);
      app.login(pilot.getString("email"), longest).expect(200);
    }

    @Test
    @DisplayName("counts characters, not UTF-16 units: 11 emoji are too short, 128 emoji are not too long")
    void countsCharacters() {
      JsonObject pilot = airline.registerPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);
      caller.post("/api/me/password", change(PASSWORD, "\u2708\uD83D\uDEEB".repeat(5) + "\uD83D\uDEEB"))
          .expectInvalid("newPassword");
      String emoji = "\uD83D\uDEEB".repeat(128);
      caller.post("/api/me/password", change(PASSWORD, emoji)).expect(204);
      app.login(pilot.getString("email"), emoji).expect(200);
    }

    @Test
    @DisplayName("answers 401 without credentials")
    void unauthenticated() {
      app.anonymous().post("/api/me/password", change(PASSWORD, "a-good-new-password")).expectProblem(401);
    }
  }

  @Nested
  @DisplayName("first sign-in with a generated password")
  class ForcedPasswordChange {
    @Test
    @DisplayName("allows only /api/me and the password change until the password is changed, then the same token works")
    void mustChangePasswordFirst() {
      JsonObject registration = app.registration("TENANT_ADMIN", airline.id());
      registration.remove("password");
      Reply created = app.admin().post("/api/users", registration);
      JsonObject user = created.expect(201);
      String initialPassword = user.getString("initialPassword");
      assertThat(initialPassword).hasSizeBetween(12, 128);
      assertThat(user.getBoolean("mustChangePassword")).isTrue();

      JsonObject session = app.login(user.getString("email"), initialPassword).expect(200);
      assertThat(session.getJsonObject("user").getBoolean("mustChangePassword")).isTrue();
      assertThat(session.getJsonObject("user").containsKey("initialPassword")).isFalse();
      Caller caller = app.withToken(session.getString("token"), session.getJsonObject("user"));

      assertThat(caller.get("/api/me").expect(200).getBoolean("mustChangePassword")).isTrue();
      String pirep = "/api/pireps/" + UUID.randomUUID();
      assertPasswordChangeRequired(caller.get("/api/tenants"));
      assertPasswordChangeRequired(caller.post("/api/tenants", new JsonObject().put("name", "X").put("icao", "XYZ")));
      assertPasswordChangeRequired(caller.get("/api/tenants/" + airline.id()));
      assertPasswordChangeRequired(caller.get("/api/users"));
      assertPasswordChangeRequired(caller.get("/api/users/" + user.getString("id")));
      assertPasswordChangeRequired(caller.post("/api/users", app.registration("PILOT", null)));
      assertPasswordChangeRequired(caller.get("/api/pireps"));
      assertPasswordChangeRequired(caller.post("/api/pireps", Albatross.pirepInput()));
      assertPasswordChangeRequired(caller.get(pirep));
      assertPasswordChangeRequired(caller.get(pirep + "/history"));
      assertPasswordChangeRequired(caller.post(pirep + "/accept"));
      assertPasswordChangeRequired(caller.post(pirep + "/reject", new JsonObject().put("reason", "no")));
      assertPasswordChangeRequired(caller.get("/api/api-keys"));
      assertPasswordChangeRequired(caller.post("/api/api-keys", new JsonObject().put("name", "acars")));
      assertPasswordChangeRequired(caller.delete("/api/api-keys/" + UUID.randomUUID()));

      caller.post("/api/me/password", change(initialPassword, "my-own-password-1")).expect(204);

      assertThat(caller.get("/api/me").expect(200).getBoolean("mustChangePassword")).isFalse();
      caller.get("/api/tenants").expect(200);
      caller.get("/api/users").expect(200);
      caller.filePirep();
      caller.createApiKey("acars");
      JsonObject again = app.login(user.getString("email"), "my-own-password-1").expect(200);
      assertThat(again.getJsonObject("user").getBoolean("mustChangePassword")).isFalse();
      JsonObject read = app.admin().getUntil("/api/users/" + user.getString("id"),
          r -> r.status() == 200 && !r.json().getBoolean("mustChangePassword")).json();
      assertThat(read.containsKey("initialPassword")).isFalse();
    }

    @Test
    @DisplayName("a user registered with a password need not change it")
    void givenPasswordNeedsNoChange() {
      JsonObject pilot = airline.registerPilot();
      assertThat(pilot.getBoolean("mustChangePassword")).isFalse();
      assertThat(pilot.containsKey("initialPassword")).isFalse();
      app.signIn(pilot.getString("email"), PASSWORD).get("/api/tenants").expect(200);
    }

    private void assertPasswordChangeRequired(Reply reply) {
      assertThat(reply.expectProblem(403).getString("type")).endsWith("password-change-required");
    }
  }

  static JsonObject change(String current, String next) {
    return new JsonObject().put("currentPassword", current).put("newPassword", next);
  }
}

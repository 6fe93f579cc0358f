package dev.albatross.api;

import static dev.albatross.api.Albatross.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Auth and self: login, throttling, /api/me, password changes")
class ApiAuthTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static final String[] USER_FIELDS = {"id", "email", "displayName", "role", "tenantId", "mustChangePassword", "createdAt"};

  static JsonObject tenant;

  @BeforeAll
  static void airline() {
    tenant = app.createTenant();
  }

  /** A pilot of the class's airline with {@link Albatross#PASSWORD}, not signed in. */
  static JsonObject newPilot() {
    return app.admin().post("/api/users", app.registration("PILOT", tenant.getString("id"))).expect(201);
  }

  static void assertIsUser(JsonObject user) {
    assertThat(user.fieldNames()).containsExactlyInAnyOrder(USER_FIELDS);
    assertThat(user.encode()).doesNotContain("argon2", Albatross.PASSWORD, Albatross.ADMIN_PASSWORD);
  }

  @Nested
  @DisplayName("POST /api/auth/login")
  class Login {
    @Test
    @DisplayName("answers a token valid for at most 60 minutes and the user without secrets")
    void loginSucceeds() {
      Instant before = Instant.now();
      JsonObject session = app.login(Albatross.ADMIN_EMAIL, Albatross.ADMIN_PASSWORD).expect(200);
      Instant after = Instant.now();

      assertThat(session.fieldNames()).containsExactlyInAnyOrder("token", "expiresAt", "user");
      assertThat(session.getString("token")).isNotBlank();
      Instant expiresAt = Instant.parse(session.getString("expiresAt"));
      assertThat(expiresAt).isAfter(before).isBeforeOrEqualTo(after.plus(Duration.ofMinutes(60)));
      JsonObject user = session.getJsonObject("user");
      assertIsUser(user);
      assertThat(user.getString("email")).isEqualTo(Albatross.ADMIN_EMAIL);
      assertThat(user.getString("role")).isEqualTo("PLATFORM_ADMIN");
      assertThat(user.getValue("tenantId")).isNull();
      assertThat(user.getBoolean("mustChangePassword")).isFalse();
    }

    @Test
    @DisplayName("signs a pilot in with the e-mail in any case")
    void emailIsCaseInsensitive() {
      JsonObject pilot = newPilot();
      JsonObject session = app.login(pilot.getString("email").toUpperCase(), PASSWORD).expect(200);
      assertThat(session.getJsonObject("user").getString("id")).isEqualTo(pilot.getString("id"));
      assertThat(session.getJsonObject("user").getString("tenantId")).isEqualTo(tenant.getString("id"));
    }

    @Test
    @DisplayName("answers 401 with the same detail for a wrong password and an unknown e-mail")
    void wrongPasswordAndUnknownEmailLookAlike() {
      JsonObject pilot = newPilot();
      JsonObject wrongPassword = app.login(pilot.getString("email"), "not-the-password-1").expectProblem(401);
      JsonObject unknownEmail = app.login("nobody-" + pilot.getString("email"), PASSWORD).expectProblem(401);
      assertThat(unknownEmail.getString("detail")).isEqualTo(wrongPassword.getString("detail"));
      assertThat(unknownEmail.getString("type")).isEqualTo(wrongPassword.getString("type"));
    }

    @Test
    @DisplayName("answers 400 naming the missing fields")
    void missingFields() {
      app.anonymous().post("/api/auth/login", new JsonObject()).expectInvalid("email", "password");
    }
  }

  @Nested
  @DisplayName("login throttling")
  class Throttling {
    @Test
    @DisplayName("answers 429 with Retry-After after 10 failures for one e-mail, even to the right password")
    void locksAfterTenFailures() {
      JsonObject pilot = newPilot();
      String email = pilot.getString("email");
      for (int i = 0; i < 10; i++) {
        app.login(email, "wrong-password-" + i).expectProblem(401);
      }

      Reply locked = app.login(email, "wrong-password-10");
      locked.expectProblem(429);
      assertRetryAfter(locked);
      Reply rightPassword = app.login(email, PASSWORD);
      rightPassword.expectProblem(429);
      assertRetryAfter(rightPassword);

      JsonObject other = newPilot();
      app.login(other.getString("email"), PASSWORD).expect(200);
    }

    @Test
    @DisplayName("throttles unknown e-mails too")
    void locksUnknownEmails() {
      String email = app.uniqueEmail("ghost");
      for (int i = 0; i < 10; i++) {
        app.login(email, "wrong-password-" + i).expectProblem(401);
      }
      assertRetryAfter(app.login(email, "wrong-password-10"));
    }

    private void assertRetryAfter(Reply reply) {
      assertThat(reply.status()).isEqualTo(429);
      String retryAfter = reply.header("Retry-After");
      assertThat(retryAfter).as("Retry-After").isNotNull().containsOnlyDigits();
      assertThat(Long.parseLong(retryAfter)).isBetween(1L, Duration.ofMinutes(15).toSeconds() + 1);
    }
  }

  @Nested
  @DisplayName("GET /api/me")
  class Me {
    @Test
    @DisplayName("answers the signed-in user")
    void me() {
      JsonObject pilot = newPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);
      JsonObject me = caller.get("/api/me").expect(200);
      assertIsUser(me);
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
  @DisplayName("bearer tokens")
  class BearerTokens {
    @Test
    @DisplayName("a token signed with the application's secret works, until it expires")
    void expiredToken() {
      JsonObject claims = new JsonObject().put("sub", app.admin().id()).put("role", "PLATFORM_ADMIN")
          .put("name", "Platform admin").put("mcp", false);
      JWTAuth jwt = app.jwt(Albatross.JWT_SECRET);
      long now = Instant.now().getEpochSecond();
      String valid = jwt.generateToken(claims.copy().put("exp", now + 60), new JWTOptions());
      String expired = jwt.generateToken(claims.copy().put("iat", now - 7200).put("exp", now - 60), new JWTOptions());

      app.withToken(valid, null).get("/api/tenants").expect(200);
      app.withToken(expired, null).get("/api/tenants").expectProblem(401);
      app.withToken(expired, null).get("/api/me").expectProblem(401);
    }

    @Test
    @DisplayName("a forged token answers 401: another secret, no signature, or changed claims")
    void forgedTokens() {
      Caller pilot = app.signIn(newPilot().getString("email"), PASSWORD);
      JsonObject claims = new JsonObject().put("sub", app.admin().id()).put("role", "PLATFORM_ADMIN")
          .put("name", "Mallory").put("mcp", false);
      String otherSecret = app.jwt("another-secret-of-at-least-32-chars!").generateToken(claims, new JWTOptions());
      String unsigned = base64(new JsonObject().put("alg", "none").put("typ", "JWT")) + "." + base64(claims) + ".";

      String token = app.login(pilot.user().getString("email"), PASSWORD).expect(200).getString("token");
      String[] parts = token.split("\\.");
      JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      String escalated = parts[0] + "." + base64(payload.put("role", "PLATFORM_ADMIN").put("tid", (String) null))
          + "." + parts[2];

      for (String forged : List.of(otherSecret, unsigned, escalated)) {
        app.withToken(forged, null).get("/api/tenants").expectProblem(401);
        app.withToken(forged, null).post("/api/tenants", new JsonObject().put("name", "Forged").put("icao", "FRG"))
            .expectProblem(401);
      }
    }

    private String base64(JsonObject json) {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Nested
  @DisplayName("POST /api/me/password")
  class PasswordChange {
    @Test
    @DisplayName("answers 204; the new password signs in, the old one no longer")
    void changesPassword() {
      JsonObject pilot = newPilot();
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
      JsonObject pilot = newPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);

      caller.post("/api/me/password", change("not-my-password", "a-good-new-password")).expectInvalid("currentPassword");
      caller.post("/api/me/password", change(PASSWORD, "x".repeat(11))).expectInvalid("newPassword");
      caller.post("/api/me/password", change(PASSWORD, "x".repeat(129))).expectInvalid("newPassword");
      caller.post("/api/me/password", new JsonObject()).expectInvalid("currentPassword", "newPassword");

      app.login(pilot.getString("email"), PASSWORD).expect(200);
    }

    @Test
    @DisplayName("takes a new password of 128 characters")
    void longestPassword() {
      JsonObject pilot = newPilot();
      Caller caller = app.signIn(pilot.getString("email"), PASSWORD);
      String longest = "p".repeat(128);
      caller.post("/api/me/password", change(PASSWORD, longest)).expect(204);
      app.login(pilot.getString("email"), longest).expect(200);
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
      JsonObject registration = app.registration("TENANT_ADMIN", tenant.getString("id"));
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
      assertPasswordChangeRequired(caller.post("/api/tenants", new JsonObject().put("name", "X").put("icao", "XXX")));
      assertPasswordChangeRequired(caller.get("/api/tenants/" + tenant.getString("id")));
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
      JsonObject pilot = newPilot();
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

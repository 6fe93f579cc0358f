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
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Signing in: login, throttling, bearer tokens")
class ApiLoginTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static OneAirline airline;

  @BeforeAll
  static void airline() {
    airline = new OneAirline(app);
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
      Albatross.assertIsUser(user);
      assertThat(user.getString("email")).isEqualTo(Albatross.ADMIN_EMAIL);
      assertThat(user.getString("role")).isEqualTo("PLATFORM_ADMIN");
      assertThat(user.getValue("tenantId")).isNull();
      assertThat(user.getBoolean("mustChangePassword")).isFalse();
    }

    @Test
    @DisplayName("signs a pilot in with the e-mail in any case")
    void emailIsCaseInsensitive() {
      JsonObject pilot = airline.registerPilot();
      JsonObject session = app.login(pilot.getString("email").toUpperCase(), PASSWORD).expect(200);
      assertThat(session.getJsonObject("user").getString("id")).isEqualTo(pilot.getString("id"));
      assertThat(session.getJsonObject("user").getString("tenantId")).isEqualTo(airline.id());
    }

    @Test
    @DisplayName("answers 401 with the same detail for a wrong password and an unknown e-mail")
    void wrongPasswordAndUnknownEmailLookAlike() {
      JsonObject pilot = airline.registerPilot();
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
      JsonObject pilot = airline.registerPilot();
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

      JsonObject other = airline.registerPilot();
      app.login(other.getString("email"), PASSWORD).expect(200);
    }

    @Test
    @DisplayName("counts the failures of one e-mail together, whatever its case or surrounding spaces")
    void emailVariantsShareOneCount() {
      String email = airline.registerPilot().getString("email");
      for (int i = 0; i < 10; i++) {
        String variant = i % 2 == 0 ? email.toUpperCase(Locale.ROOT) : "  " + email + " ";
        app.login(variant, "wrong-password-" + i).expectProblem(401);
      }
      assertRetryAfter(app.login(email, PASSWORD));
    }

    @Test
    @DisplayName("does not lock before the tenth failure: after nine, the right password signs in")
    void nineFailuresDoNotLock() {
      String email = airline.registerPilot().getString("email");
      for (int i = 0; i < 9; i++) {
        app.login(email, "wrong-password-" + i).expectProblem(401);
      }
      app.login(email, PASSWORD).expect(200);
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
      Caller pilot = app.signIn(airline.registerPilot().getString("email"), PASSWORD);
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
}

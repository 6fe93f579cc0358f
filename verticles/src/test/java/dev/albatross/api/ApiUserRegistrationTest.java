package dev.albatross.api;

import static dev.albatross.api.Albatross.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Users: registration")
class ApiUserRegistrationTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  @Nested
  @DisplayName("POST /api/users by a platform admin")
  class PlatformAdminCreates {
    @Test
    @DisplayName("creates every role: 201, Location, the user without secrets")
    void everyRole() {
      for (String role : List.of("PLATFORM_ADMIN", "TENANT_ADMIN", "PILOT")) {
        String tenantId = role.equals("PLATFORM_ADMIN") ? null : airlines.airlineId();
        JsonObject registration = app.registration(role, tenantId);
        Reply reply = app.admin().post("/api/users", registration);
        JsonObject user = reply.expect(201);

        assertThat(user.fieldNames()).containsExactlyInAnyOrder(Albatross.USER_FIELDS);
        assertThat(user.getString("email")).isEqualTo(registration.getString("email"));
        assertThat(user.getString("displayName")).isEqualTo(registration.getString("displayName"));
        assertThat(user.getString("role")).isEqualTo(role);
        assertThat(user.getString("tenantId")).isEqualTo(tenantId);
        assertThat(user.getBoolean("mustChangePassword")).isFalse();
        assertThat(reply.header("Location")).isEqualTo("/api/users/" + user.getString("id"));
        assertThat(reply.body()).doesNotContain(PASSWORD, "argon2");
        assertThat(app.signIn(user.getString("email"), PASSWORD).get("/api/me").expect(200)).isEqualTo(user);
      }
    }

    @Test
    @DisplayName("answers 400 on tenantId when a TENANT_ADMIN or PILOT has none or an unknown one")
    void tenantRolesNeedAnExistingTenant() {
      for (String role : List.of("TENANT_ADMIN", "PILOT")) {
        JsonObject absent = app.registration(role, null);
        absent.remove("tenantId");
        app.admin().post("/api/users", absent).expectInvalid("tenantId");
        app.admin().post("/api/users", app.registration(role, null)).expectInvalid("tenantId");
        app.admin().post("/api/users", app.registration(role, UUID.randomUUID().toString())).expectInvalid("tenantId");
        app.admin().post("/api/users", app.registration(role, "not-a-uuid")).expectInvalid("tenantId");
      }
    }

    @Test
    @DisplayName("answers 400 on tenantId when the id names something that is not a tenant")
    void tenantIdOfSomethingElse() {
      app.admin().post("/api/users", app.registration("PILOT", airlines.pilot.id())).expectInvalid("tenantId");
      String pirepId = airlines.pilot.filePirep().getString("id");
      app.admin().post("/api/users", app.registration("TENANT_ADMIN", pirepId)).expectInvalid("tenantId");
    }

    @Test
    @DisplayName("answers 400 on tenantId for a PLATFORM_ADMIN with a tenant")
    void platformAdminHasNoTenant() {
      app.admin().post("/api/users", app.registration("PLATFORM_ADMIN", airlines.airlineId()))
          .expectInvalid("tenantId");
    }

    @Test
    @DisplayName("answers 409 for an e-mail taken in another case")
    void emailTaken() {
      JsonObject first = app.registration("PILOT", airlines.airlineId());
      app.admin().post("/api/users", first).expect(201);
      JsonObject second = app.registration("PILOT", airlines.otherAirlineId())
          .put("email", first.getString("email").toUpperCase());
      app.admin().post("/api/users", second).expectProblem(409);
    }

    @Test
    @DisplayName("answers 400 on password if it is under 12 or over 128 characters")
    void passwordLength() {
      app.admin().post("/api/users", app.registration("PILOT", airlines.airlineId()).put("password", "x".repeat(11)))
          .expectInvalid("password");
      app.admin().post("/api/users", app.registration("PILOT", airlines.airlineId()).put("password", "x".repeat(129)))
          .expectInvalid("password");
      JsonObject shortest = app.admin().post("/api/users", app.registration("PILOT", airlines.airlineId())
          .put("password", "x".repeat(12))).expect(201);
      app.login(shortest.getString("email"), "x".repeat(12)).expect(200);
    }

    @Test
    @DisplayName("answers 400 naming each invalid field")
    void invalidFields() {
      JsonObject bad = new JsonObject().put("email", "not-an-email").put("displayName", "  ").put("role", "CAPTAIN")
          .put("password", "short");
      app.admin().post("/api/users", bad).expectInvalid("email", "displayName", "role", "password");
      app.admin().post("/api/users", new JsonObject()).expectInvalid("email", "displayName", "role");
    }
  }

  @Nested
  @DisplayName("POST /api/users by others")
  class OthersCreate {
    @Test
    @DisplayName("a tenant admin creates TENANT_ADMIN and PILOT users in their own tenant, which is the default")
    void tenantAdminCreatesInOwnTenant() {
      for (String role : List.of("TENANT_ADMIN", "PILOT")) {
        JsonObject defaulted = airlines.tenantAdmin.post("/api/users", app.registration(role, null)).expect(201);
        assertThat(defaulted.getString("tenantId")).isEqualTo(airlines.airlineId());
        assertThat(defaulted.getString("role")).isEqualTo(role);
        JsonObject explicit = airlines.tenantAdmin.post("/api/users", app.registration(role, airlines.airlineId()))
            .expect(201);
        assertThat(explicit.getString("tenantId")).isEqualTo(airlines.airlineId());
      }
    }

    @Test
    @DisplayName("a tenant admin gets a one-time initialPassword for a user registered without one")
    void tenantAdminGeneratedPassword() {
      JsonObject registration = app.registration("PILOT", null);
      registration.remove("password");
      JsonObject user = airlines.tenantAdmin.post("/api/users", registration).expect(201);
      assertThat(user.getBoolean("mustChangePassword")).isTrue();
      JsonObject session = app.login(user.getString("email"), user.getString("initialPassword")).expect(200);
      assertThat(session.getJsonObject("user").getBoolean("mustChangePassword")).isTrue();
    }

    @Test
    @DisplayName("a tenant admin gets 403 for another tenant or a PLATFORM_ADMIN")
    void tenantAdminLimits() {
      airlines.tenantAdmin.post("/api/users", app.registration("PILOT", airlines.otherAirlineId())).expectProblem(403);
      airlines.tenantAdmin.post("/api/users", app.registration("TENANT_ADMIN", airlines.otherAirlineId()))
          .expectProblem(403);
      airlines.tenantAdmin.post("/api/users", app.registration("PLATFORM_ADMIN", null)).expectProblem(403);
    }

    @Test
    @DisplayName("a pilot creates no one: 403")
    void pilotCreatesNoOne() {
      for (String role : List.of("PLATFORM_ADMIN", "TENANT_ADMIN", "PILOT")) {
        airlines.pilot.post("/api/users",
            app.registration(role, role.equals("PLATFORM_ADMIN") ? null : airlines.airlineId()))
            .expectProblem(403);
      }
    }

    @Test
    @DisplayName("anonymous callers get 401")
    void unauthenticated() {
      app.anonymous().post("/api/users", app.registration("PILOT", airlines.airlineId())).expectProblem(401);
    }
  }
}

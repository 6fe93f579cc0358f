package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Users: lists and reads")
class ApiUsersTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static JsonObject airline;
  static JsonObject otherAirline;
  static Caller tenantAdmin;
  static Caller pilot;
  static Caller otherTenantAdmin;

  @BeforeAll
  static void airlines() {
    airline = app.createTenant();
    otherAirline = app.createTenant();
    tenantAdmin = app.newTenantAdmin(airline);
    pilot = app.newPilot(airline);
    otherTenantAdmin = app.newTenantAdmin(otherAirline);
  }

  static String airlineId() {
    return airline.getString("id");
  }

  static String otherAirlineId() {
    return otherAirline.getString("id");
  }

  @Nested
  @DisplayName("GET /api/users")
  class ListUsers {
    @Test
    @DisplayName("shows a tenant admin only their own tenant's users")
    void tenantAdminSeesOwnTenant() {
      awaitListed(app.admin(), pilot.id(), otherTenantAdmin.id());

      List<JsonObject> seen = tenantAdmin.getAll("/api/users");
      assertThat(seen).extracting(u -> u.getString("tenantId")).containsOnly(airlineId());
      assertThat(seen).extracting(u -> u.getString("id")).contains(tenantAdmin.id(), pilot.id())
          .doesNotContain(otherTenantAdmin.id());
      assertThat(tenantAdmin.getAll("/api/users?tenantId=" + otherAirlineId())).isEmpty();
    }

    @Test
    @DisplayName("shows a platform admin everyone, or one tenant with tenantId")
    void platformAdminSeesAll() {
      awaitListed(app.admin(), pilot.id(), otherTenantAdmin.id());

      assertThat(app.admin().getAll("/api/users")).extracting(u -> u.getString("id"))
          .contains(app.admin().id(), tenantAdmin.id(), pilot.id(), otherTenantAdmin.id()).doesNotHaveDuplicates();
      List<JsonObject> other = app.admin().getAll("/api/users?tenantId=" + otherAirlineId());
      assertThat(other).extracting(u -> u.getString("tenantId")).containsOnly(otherAirlineId());
      assertThat(other).extracting(u -> u.getString("id")).contains(otherTenantAdmin.id());
    }

    @Test
    @DisplayName("filters by role")
    void roleFilter() {
      awaitListed(tenantAdmin, pilot.id(), tenantAdmin.id());

      List<JsonObject> pilots = tenantAdmin.getAll("/api/users?role=PILOT");
      assertThat(pilots).extracting(u -> u.getString("role")).containsOnly("PILOT");
      assertThat(pilots).extracting(u -> u.getString("id")).contains(pilot.id()).doesNotContain(tenantAdmin.id());
      List<JsonObject> admins = app.admin().getAll("/api/users?role=PLATFORM_ADMIN");
      assertThat(admins).extracting(u -> u.getString("role")).containsOnly("PLATFORM_ADMIN");
      assertThat(admins).extracting(u -> u.getString("id")).contains(app.admin().id());
      tenantAdmin.get("/api/users?role=CAPTAIN").expectInvalid("role");
    }

    @Test
    @DisplayName("lists newest first")
    void newestFirst() {
      awaitListed(app.admin(), pilot.id(), otherTenantAdmin.id());
      assertThat(app.admin().getAll("/api/users")).isSortedAccordingTo(
          Comparator.comparing((JsonObject u) -> Instant.parse(u.getString("createdAt"))).reversed());
    }

    @Test
    @DisplayName("lists no secrets")
    void noSecrets() {
      app.admin().getAll("/api/users").forEach(u ->
          assertThat(u.fieldNames()).containsExactlyInAnyOrder(Albatross.USER_FIELDS));
    }

    @Test
    @DisplayName("answers 403 to a pilot, 401 without credentials")
    void refused() {
      pilot.get("/api/users").expectProblem(403);
      app.anonymous().get("/api/users").expectProblem(401);
    }

    private void awaitListed(Caller caller, String... ids) {
      caller.getUntil("/api/users?limit=200", r -> r.status() == 200
          && r.ids().containsAll(List.of(ids)));
    }
  }

  @Nested
  @DisplayName("GET /api/users/{id}")
  class GetUser {
    @Test
    @DisplayName("answers 200 to the user themself, a tenant admin of their tenant and a platform admin")
    void visible() {
      for (Caller caller : List.of(pilot, tenantAdmin, app.admin())) {
        JsonObject user = caller.getUntil("/api/users/" + pilot.id(), r -> r.status() == 200).json();
        assertThat(user).isEqualTo(pilot.user());
      }
    }

    @Test
    @DisplayName("answers 404 to another tenant's admin, and for unknown or malformed ids")
    void notFound() {
      app.admin().getUntil("/api/users/" + pilot.id(), r -> r.status() == 200);
      otherTenantAdmin.get("/api/users/" + pilot.id()).expectProblem(404);
      app.admin().get("/api/users/" + UUID.randomUUID()).expectProblem(404);
      app.admin().get("/api/users/not-a-uuid").expectProblem(404);
    }

    @Test
    @DisplayName("does not show a pilot another user")
    void pilotSeesOnlyThemself() {
      app.admin().getUntil("/api/users/" + tenantAdmin.id(), r -> r.status() == 200);
      Reply reply = pilot.get("/api/users/" + tenantAdmin.id());
      assertThat(reply.status()).as(reply.body()).isIn(403, 404);
      reply.expectProblem(reply.status());
    }
  }
}

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

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  @Nested
  @DisplayName("GET /api/users")
  class ListUsers {
    @Test
    @DisplayName("shows a tenant admin only their own tenant's users")
    void tenantAdminSeesOwnTenant() {
      awaitListed(app.admin(), airlines.pilot.id(), airlines.otherTenantAdmin.id());

      List<JsonObject> seen = airlines.tenantAdmin.getAll("/api/users");
      assertThat(seen).extracting(u -> u.getString("tenantId")).containsOnly(airlines.airlineId());
      assertThat(seen).extracting(u -> u.getString("id")).contains(airlines.tenantAdmin.id(), airlines.pilot.id())
          .doesNotContain(airlines.otherTenantAdmin.id());
      assertThat(airlines.tenantAdmin.getAll("/api/users?tenantId=" + airlines.otherAirlineId())).isEmpty();
    }

    @Test
    @DisplayName("shows a platform admin everyone, or one tenant with tenantId")
    void platformAdminSeesAll() {
      awaitListed(app.admin(), airlines.pilot.id(), airlines.otherTenantAdmin.id());

      assertThat(app.admin().getAll("/api/users")).extracting(u -> u.getString("id"))
          .contains(app.admin().id(), airlines.tenantAdmin.id(), airlines.pilot.id(), airlines.otherTenantAdmin.id())
          .doesNotHaveDuplicates();
      List<JsonObject> other = app.admin().getAll("/api/users?tenantId=" + airlines.otherAirlineId());
      assertThat(other).extracting(u -> u.getString("tenantId")).containsOnly(airlines.otherAirlineId());
      assertThat(other).extracting(u -> u.getString("id")).contains(airlines.otherTenantAdmin.id());
    }

    @Test
    @DisplayName("filters by role")
    void roleFilter() {
      awaitListed(airlines.tenantAdmin, airlines.pilot.id(), airlines.tenantAdmin.id());

      List<JsonObject> pilots = airlines.tenantAdmin.getAll("/api/users?role=PILOT");
      assertThat(pilots).extracting(u -> u.getString("role")).containsOnly("PILOT");
      assertThat(pilots).extracting(u -> u.getString("id")).contains(airlines.pilot.id())
          .doesNotContain(airlines.tenantAdmin.id());
      List<JsonObject> admins = app.admin().getAll("/api/users?role=PLATFORM_ADMIN");
      assertThat(admins).extracting(u -> u.getString("role")).containsOnly("PLATFORM_ADMIN");
      assertThat(admins).extracting(u -> u.getString("id")).contains(app.admin().id());
      airlines.tenantAdmin.get("/api/users?role=CAPTAIN").expectInvalid("role");
    }

    @Test
    @DisplayName("lists newest first")
    void newestFirst() {
      awaitListed(app.admin(), airlines.pilot.id(), airlines.otherTenantAdmin.id());
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
      airlines.pilot.get("/api/users").expectProblem(403);
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
      for (Caller caller : List.of(airlines.pilot, airlines.tenantAdmin, app.admin())) {
        JsonObject user = caller.getUntil("/api/users/" + airlines.pilot.id(), r -> r.status() == 200).json();
        assertThat(user).isEqualTo(airlines.pilot.user());
      }
    }

    @Test
    @DisplayName("answers 404 to another tenant's admin, and for unknown or malformed ids")
    void notFound() {
      app.admin().getUntil("/api/users/" + airlines.pilot.id(), r -> r.status() == 200);
      airlines.otherTenantAdmin.get("/api/users/" + airlines.pilot.id()).expectProblem(404);
      app.admin().get("/api/users/" + UUID.randomUUID()).expectProblem(404);
      app.admin().get("/api/users/not-a-uuid").expectProblem(404);
    }

    @Test
    @DisplayName("does not show a pilot another user")
    void pilotSeesOnlyThemself() {
      app.admin().getUntil("/api/users/" + airlines.tenantAdmin.id(), r -> r.status() == 200);
      Reply reply = airlines.pilot.get("/api/users/" + airlines.tenantAdmin.id());
      assertThat(reply.status()).as(reply.body()).isIn(403, 404);
      reply.expectProblem(reply.status());
    }
  }
}

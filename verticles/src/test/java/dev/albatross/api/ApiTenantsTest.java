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

@DisplayName("Tenants (airlines)")
class ApiTenantsTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  static JsonObject tenant(String name, String icao) {
    return new JsonObject().put("name", name).put("icao", icao);
  }

  @Nested
  @DisplayName("POST /api/tenants")
  class Create {
    @Test
    @DisplayName("answers 201 with the tenant, its Location, and the ICAO code upper-cased")
    void creates() {
      String icao = app.uniqueIcao();
      Reply reply = app.admin().post("/api/tenants", tenant("Lufthansa Virtual", icao.toLowerCase()));
      JsonObject created = reply.expect(201);

      assertThat(created.fieldNames()).containsExactlyInAnyOrder("id", "name", "icao", "createdAt");
      assertThat(UUID.fromString(created.getString("id"))).isNotNull();
      assertThat(created.getString("name")).isEqualTo("Lufthansa Virtual");
      assertThat(created.getString("icao")).isEqualTo(icao);
      assertThat(Instant.parse(created.getString("createdAt"))).isBeforeOrEqualTo(Instant.now());
      assertThat(reply.header("Location")).isEqualTo("/api/tenants/" + created.getString("id"));
      assertThat(app.admin().getUntil(reply.header("Location"), r -> r.status() == 200).json()).isEqualTo(created);
    }

    @Test
    @DisplayName("takes a name of 100 characters")
    void longestName() {
      app.admin().post("/api/tenants", tenant("n".repeat(100), app.uniqueIcao())).expect(201);
    }

    @Test
    @DisplayName("counts characters, not UTF-16 units, and keeps them as sent")
    void unicodeName() {
      String plane = "\uD83D\uDEEB";
      JsonObject created = app.admin().post("/api/tenants", tenant(plane.repeat(100), app.uniqueIcao())).expect(201);
      assertThat(created.getString("name")).isEqualTo(plane.repeat(100));
      app.admin().post("/api/tenants", tenant(plane.repeat(101), app.uniqueIcao())).expectInvalid("name");
      JsonObject accented = app.admin().post("/api/tenants", tenant("Société Aérienne ✈", app.uniqueIcao()))
          .expect(201);
      assertThat(app.admin().getUntil("/api/tenants/" + accented.getString("id"), r -> r.status() == 200).json()
          .getString("name")).isEqualTo("Société Aérienne ✈");
    }

    @Test
    @DisplayName("answers 400 for an ICAO code that is not 3 letters A-Z")
    void badIcao() {
      for (String icao : List.of("AB", "ABCD", "A1C", "", "ÄBC")) {
        app.admin().post("/api/tenants", tenant("Some airline", icao)).expectInvalid("icao");
      }
    }

    @Test
    @DisplayName("answers 400 for a blank name or one over 100 characters")
    void badName() {
      String icao = app.uniqueIcao();
      app.admin().post("/api/tenants", tenant("   ", icao)).expectInvalid("name");
      app.admin().post("/api/tenants", tenant("", icao)).expectInvalid("name");
      app.admin().post("/api/tenants", tenant("n".repeat(101), icao)).expectInvalid("name");
    }

    @Test
    @DisplayName("answers 400 with one entry per bad field")
    void everyBadField() {
      app.admin().post("/api/tenants", tenant("n".repeat(101), "A1C")).expectInvalid("name", "icao");
      app.admin().post("/api/tenants", new JsonObject()).expectInvalid("name", "icao");
    }

    @Test
    @DisplayName("answers 409 for an ICAO code taken in another case")
    void duplicateIcao() {
      String icao = app.uniqueIcao();
      app.admin().post("/api/tenants", tenant("First", icao)).expect(201);
      app.admin().post("/api/tenants", tenant("Second", icao.toLowerCase())).expectProblem(409);
      app.admin().post("/api/tenants", tenant("Third", icao)).expectProblem(409);
    }

    @Test
    @DisplayName("answers 403 to tenant admins and pilots, 401 without credentials")
    void onlyPlatformAdmins() {
      airlines.tenantAdmin.post("/api/tenants", tenant("Mine", app.uniqueIcao())).expectProblem(403);
      airlines.pilot.post("/api/tenants", tenant("Mine", app.uniqueIcao())).expectProblem(403);
      app.anonymous().post("/api/tenants", tenant("Mine", app.uniqueIcao())).expectProblem(401);
    }
  }

  @Nested
  @DisplayName("GET /api/tenants")
  class ListTenants {
    @Test
    @DisplayName("shows a platform admin every tenant, newest first")
    void platformAdminSeesAll() {
      List<String> created = List.of(app.createTenant(), app.createTenant(), app.createTenant()).stream()
          .map(t -> t.getString("id")).toList();
      app.admin().getUntil("/api/tenants?limit=200", r -> r.ids().containsAll(created));

      List<JsonObject> all = app.admin().getAll("/api/tenants");
      assertThat(all.stream().map(t -> t.getString("id")))
          .contains(airlines.airlineId(), airlines.otherAirlineId())
          .containsAll(created)
          .doesNotHaveDuplicates();
      assertThat(all).isSortedAccordingTo(
          Comparator.comparing((JsonObject t) -> Instant.parse(t.getString("createdAt"))).reversed());
    }

    @Test
    @DisplayName("shows tenant admins and pilots only their own tenant")
    void othersSeeTheirOwn() {
      for (Caller caller : List.of(airlines.tenantAdmin, airlines.pilot)) {
        JsonObject page = caller.getUntil("/api/tenants", r -> r.status() == 200 && !r.items().isEmpty()).json();
        assertThat(page.getJsonArray("items").getList()).hasSize(1);
        assertThat(page.getJsonArray("items").getJsonObject(0)).isEqualTo(airlines.airline);
        assertThat(page.getValue("nextCursor")).isNull();
      }
    }

    @Test
    @DisplayName("answers 401 without credentials")
    void unauthenticated() {
      app.anonymous().get("/api/tenants").expectProblem(401);
    }
  }

  @Nested
  @DisplayName("GET /api/tenants/{id}")
  class GetTenant {
    @Test
    @DisplayName("answers 200 to the platform admin and to the tenant's own users")
    void found() {
      for (Caller caller : List.of(app.admin(), airlines.tenantAdmin, airlines.pilot)) {
        assertThat(caller.getUntil("/api/tenants/" + airlines.airlineId(), r -> r.status() == 200).json())
            .isEqualTo(airlines.airline);
      }
      app.admin().getUntil("/api/tenants/" + airlines.otherAirlineId(), r -> r.status() == 200);
    }

    @Test
    @DisplayName("answers 404 for another tenant, an unknown id and a malformed id")
    void notFound() {
      app.admin().getUntil("/api/tenants/" + airlines.otherAirlineId(), r -> r.status() == 200);
      airlines.tenantAdmin.get("/api/tenants/" + airlines.otherAirlineId()).expectProblem(404);
      airlines.pilot.get("/api/tenants/" + airlines.otherAirlineId()).expectProblem(404);
      app.admin().get("/api/tenants/" + UUID.randomUUID()).expectProblem(404);
      app.admin().get("/api/tenants/not-a-uuid").expectProblem(404);
    }
  }
}

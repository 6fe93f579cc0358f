package dev.albatross.api;

import static dev.albatross.api.Albatross.pirepPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PIREPs: review and history")
class ApiPirepReviewTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines.WithPilots airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines.WithPilots(app);
  }

  /** A PIREP as far as a path needs it, for ids that name no PIREP. */
  static JsonObject byId(String id) {
    return new JsonObject().put("id", id);
  }

  @Nested
  @DisplayName("POST /api/pireps/{id}/accept and /reject")
  class Review {
    @Test
    @DisplayName("accept answers 200 with status ACCEPTED, reviewedBy and reviewedAt")
    void accept() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.pilot.getUntil(pirepPath(pirep), r -> r.status() == 200);
      JsonObject accepted = airlines.tenantAdmin.accept(pirep).expect(200);

      assertThat(accepted.getString("id")).isEqualTo(pirep.getString("id"));
      assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
      assertThat(accepted.getString("reviewedBy")).isEqualTo(airlines.tenantAdmin.id());
      assertThat(Instant.parse(accepted.getString("reviewedAt")))
          .isAfterOrEqualTo(Instant.parse(pirep.getString("submittedAt")));
      assertThat(accepted.getValue("rejectionReason")).isNull();
      assertThat(accepted.copy().put("status", "SUBMITTED").put("reviewedBy", null).put("reviewedAt", null))
          .isEqualTo(pirep);
      assertThat(airlines.pilot.getUntil(pirepPath(pirep), r -> "ACCEPTED".equals(r.json().getString("status"))).json())
          .isEqualTo(accepted);
    }

    @Test
    @DisplayName("reject answers 200 with status REJECTED and the reason")
    void reject() {
      JsonObject pirep = airlines.pilot.filePirep();
      String reason = "r".repeat(500);
      JsonObject rejected = airlines.tenantAdmin.reject(pirep, reason).expect(200);

      assertThat(rejected.getString("status")).isEqualTo("REJECTED");
      assertThat(rejected.getString("rejectionReason")).isEqualTo(reason);
      assertThat(rejected.getString("reviewedBy")).isEqualTo(airlines.tenantAdmin.id());
      assertThat(rejected.getString("reviewedAt")).isNotNull();
      assertThat(airlines.pilot.getUntil(pirepPath(pirep), r -> "REJECTED".equals(r.json().getString("status"))).json())
          .isEqualTo(rejected);
    }

    @Test
    @DisplayName("reject answers 400 for a reason that is missing, empty, blank or over 500 characters")
    void badReason() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.tenantAdmin.post(pirepPath(pirep) + "/reject", new JsonObject()).expectInvalid("reason");
      airlines.tenantAdmin.reject(pirep, "").expectInvalid("reason");
      airlines.tenantAdmin.reject(pirep, "   ").expectInvalid("reason");
      airlines.tenantAdmin.reject(pirep, "r".repeat(501)).expectInvalid("reason");
      airlines.tenantAdmin.reject(pirep, "r").expect(200);
    }

    @Test
    @DisplayName("answers 409 once the PIREP is no longer SUBMITTED")
    void onlyOnce() {
      JsonObject accepted = airlines.pilot.filePirep();
      airlines.tenantAdmin.accept(accepted).expect(200);
      airlines.tenantAdmin.accept(accepted).expectProblem(409);
      airlines.tenantAdmin.reject(accepted, "changed my mind").expectProblem(409);

      JsonObject rejected = airlines.pilot.filePirep();
      airlines.tenantAdmin.reject(rejected, "no").expect(200);
      airlines.tenantAdmin.accept(rejected).expectProblem(409);
      airlines.tenantAdmin.reject(rejected, "no again").expectProblem(409);
    }

    @Test
    @DisplayName("answers 403 to pilots and platform admins")
    void onlyTenantAdmins() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.pilot.accept(pirep).expectProblem(403);
      airlines.colleague.reject(pirep, "no").expectProblem(403);
      app.admin().accept(pirep).expectProblem(403);
      app.admin().reject(pirep, "no").expectProblem(403);
      app.anonymous().accept(pirep).expectProblem(401);
      assertThat(airlines.tenantAdmin.accept(pirep).expect(200).getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    @DisplayName("answers 404 to another airline's admin, and for unknown or malformed ids")
    void otherAirline() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.otherTenantAdmin.accept(pirep).expectProblem(404);
      airlines.otherTenantAdmin.reject(pirep, "not yours").expectProblem(404);
      airlines.tenantAdmin.accept(byId(UUID.randomUUID().toString())).expectProblem(404);
      airlines.tenantAdmin.reject(byId("not-a-uuid"), "no").expectProblem(404);
      airlines.tenantAdmin.accept(byId(airlines.pilot.id())).expectProblem(404);
      airlines.tenantAdmin.reject(byId(airlines.airlineId()), "no").expectProblem(404);
      assertThat(airlines.tenantAdmin.accept(pirep).expect(200).getString("status")).isEqualTo("ACCEPTED");
    }
  }

  @Nested
  @DisplayName("GET /api/pireps/{id}/history")
  class History {
    @Test
    @DisplayName("lists the PIREP's events oldest first: PirepSubmitted then PirepAccepted, versions 1 and 2")
    void acceptedHistory() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.tenantAdmin.accept(pirep).expect(200);

      for (Caller caller : List.of(airlines.pilot, airlines.colleague, airlines.tenantAdmin, app.admin())) {
        List<JsonObject> items = items(caller.get(pirepPath(pirep) + "/history").expect(200));
        assertThat(items).extracting(e -> e.getString("type")).containsExactly("PirepSubmitted", "PirepAccepted");
        assertThat(items).extracting(e -> e.getLong("version")).containsExactly(1L, 2L);
        assertThat(items).extracting(e -> e.getString("actorId"))
            .containsExactly(airlines.pilot.id(), airlines.tenantAdmin.id());
        items.forEach(e -> assertThat(e.fieldNames())
            .containsExactlyInAnyOrder("type", "version", "occurredAt", "actorId", "data"));
        assertThat(Instant.parse(items.get(0).getString("occurredAt")))
            .isBeforeOrEqualTo(Instant.parse(items.get(1).getString("occurredAt")));
        assertThat(items.get(0).getJsonObject("data").getString("flightNumber"))
            .isEqualTo(pirep.getString("flightNumber"));
      }
    }

    @Test
    @DisplayName("shows a rejection with its reason")
    void rejectedHistory() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.tenantAdmin.reject(pirep, "wrong aircraft").expect(200);
      List<JsonObject> items = items(airlines.pilot.get(pirepPath(pirep) + "/history").expect(200));
      assertThat(items).extracting(e -> e.getString("type")).containsExactly("PirepSubmitted", "PirepRejected");
      assertThat(items).extracting(e -> e.getLong("version")).containsExactly(1L, 2L);
      assertThat(items.get(1).getJsonObject("data").getString("rejectionReason")).isEqualTo("wrong aircraft");
    }

    @Test
    @DisplayName("answers 404 for another airline's PIREP, a stream that is no PIREP, unknown and malformed ids")
    void notFound() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.otherPilot.get(pirepPath(pirep) + "/history").expectProblem(404);
      airlines.otherTenantAdmin.get(pirepPath(pirep) + "/history").expectProblem(404);
      airlines.pilot.get("/api/pireps/" + airlines.pilot.id() + "/history").expectProblem(404);
      app.admin().get("/api/pireps/" + airlines.airlineId() + "/history").expectProblem(404);
      airlines.pilot.get("/api/pireps/" + UUID.randomUUID() + "/history").expectProblem(404);
      airlines.pilot.get("/api/pireps/not-a-uuid/history").expectProblem(404);
    }

    private List<JsonObject> items(JsonObject history) {
      return history.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    }
  }
}

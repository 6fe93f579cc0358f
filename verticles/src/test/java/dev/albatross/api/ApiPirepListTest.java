package dev.albatross.api;

import static dev.albatross.api.Albatross.pirepPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("PIREPs: lists and reads")
class ApiPirepListTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines.WithPilots airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines.WithPilots(app);
  }

  /** The list at {@code path} once it holds every one of {@code pireps}. */
  static List<JsonObject> listedOnce(Caller caller, String path, List<JsonObject> pireps) {
    List<String> ids = ids(pireps);
    caller.getUntil(path, r -> r.status() == 200 && r.ids().containsAll(ids));
    return caller.getAll(path);
  }

  static List<String> ids(List<JsonObject> items) {
    return items.stream().map(p -> p.getString("id")).toList();
  }

  @Nested
  @DisplayName("GET /api/pireps")
  class ListPireps {
    @Test
    @DisplayName("lists the caller's airline newest first, to its pilots and its admin")
    void newestFirst() {
      JsonObject fresh = app.createTenant();
      Caller first = app.newPilot(fresh);
      Caller second = app.newPilot(fresh);
      List<JsonObject> filed = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        filed.add((i % 2 == 0 ? first : second).filePirep(new JsonObject().put("flightNumber", "AB" + i)));
      }

      for (Caller caller : List.of(first, second)) {
        List<JsonObject> listed = listedOnce(caller, "/api/pireps", filed);
        assertThat(ids(listed)).containsExactlyInAnyOrderElementsOf(ids(filed));
        assertThat(listed).isSortedAccordingTo(latestSubmittedFirst());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(filed);
      }
    }

    @Test
    @DisplayName("filters by status and pilotId")
    void filters() {
      JsonObject fresh = app.createTenant();
      Caller admin = app.newTenantAdmin(fresh);
      Caller first = app.newPilot(fresh);
      Caller second = app.newPilot(fresh);
      JsonObject accepted = first.filePirep();
      JsonObject rejected = first.filePirep();
      JsonObject submitted = second.filePirep();
      admin.accept(accepted).expect(200);
      admin.reject(rejected, "no").expect(200);
      app.awaitProjections();

      assertThat(ids(admin.getAll("/api/pireps?status=SUBMITTED"))).containsExactly(submitted.getString("id"));
      assertThat(ids(admin.getAll("/api/pireps?status=ACCEPTED"))).containsExactly(accepted.getString("id"));
      assertThat(ids(admin.getAll("/api/pireps?status=REJECTED"))).containsExactly(rejected.getString("id"));
      assertThat(ids(first.getAll("/api/pireps?pilotId=" + first.id())))
          .containsExactlyInAnyOrder(accepted.getString("id"), rejected.getString("id"));
      assertThat(ids(first.getAll("/api/pireps?pilotId=" + second.id()))).containsExactly(submitted.getString("id"));
      assertThat(ids(admin.getAll("/api/pireps?status=ACCEPTED&pilotId=" + second.id()))).isEmpty();
      admin.get("/api/pireps?status=LANDED").expectInvalid("status");
      admin.get("/api/pireps?pilotId=nobody").expectInvalid("pilotId");
    }

    @Test
    @DisplayName("walks five PIREPs two by two with nextCursor, without duplicates")
    void cursorPaging() {
      JsonObject fresh = app.createTenant();
      Caller flyer = app.newPilot(fresh);
      List<JsonObject> filed = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        filed.add(flyer.filePirep());
      }
      List<JsonObject> all = listedOnce(flyer, "/api/pireps", filed);

      List<String> walked = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      String cursor = null;
      do {
        JsonObject page = flyer.get("/api/pireps?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
        sizes.add(page.getJsonArray("items").size());
        page.getJsonArray("items").forEach(p -> walked.add(((JsonObject) p).getString("id")));
        cursor = page.getString("nextCursor");
        assertThat(sizes).as("pages so far").hasSizeLessThanOrEqualTo(3);
      } while (cursor != null);

      assertThat(sizes).containsExactly(2, 2, 1);
      assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(ids(all));
      assertThat(walked).containsExactlyInAnyOrderElementsOf(ids(filed));
    }

    @Test
    @DisplayName("answers 50 items a page unless asked otherwise")
    void defaultLimit() {
      JsonObject fresh = app.createTenant();
      Caller flyer = app.newPilot(fresh);
      List<JsonObject> filed = new ArrayList<>();
      for (int i = 0; i < 51; i++) {
        filed.add(flyer.filePirep());
      }
      flyer.getUntil("/api/pireps?limit=200", r -> r.status() == 200 && r.items().size() == 51);

      JsonObject first = flyer.get("/api/pireps").expect(200);
      assertThat(first.getJsonArray("items")).hasSize(50);
      assertThat(first.getString("nextCursor")).isNotNull();
      JsonObject second = flyer.get("/api/pireps?cursor=" + first.getString("nextCursor")).expect(200);
      assertThat(second.getJsonArray("items")).hasSize(1);
      assertThat(second.getValue("nextCursor")).isNull();
    }

    @Test
    @DisplayName("answers 400 for a limit outside 1..200 and for a cursor it did not issue")
    void badPaging() {
      airlines.pilot.get("/api/pireps?limit=0").expectInvalid("limit");
      airlines.pilot.get("/api/pireps?limit=201").expectInvalid("limit");
      airlines.pilot.get("/api/pireps?limit=-1").expectInvalid("limit");
      airlines.pilot.get("/api/pireps?limit=ten").expectInvalid("limit");
      airlines.pilot.get("/api/pireps?limit=1").expect(200);
      airlines.pilot.get("/api/pireps?limit=200").expect(200);
      airlines.pilot.get("/api/pireps?cursor=garbage!!").expectInvalid("cursor");
      airlines.pilot.get("/api/pireps?cursor=bm90LWEtY3Vyc29y").expectInvalid("cursor");
    }

    @Test
    @DisplayName("shows a platform admin every airline's PIREPs, or one airline's with tenantId")
    void platformAdminSeesAll() {
      JsonObject mine = airlines.pilot.filePirep();
      JsonObject theirs = airlines.otherPilot.filePirep();

      List<JsonObject> all = listedOnce(app.admin(), "/api/pireps?limit=200", List.of(mine, theirs));
      assertThat(all).isSortedAccordingTo(latestSubmittedFirst());
      List<JsonObject> other = app.admin().getAll("/api/pireps?tenantId=" + airlines.otherAirlineId());
      assertThat(other).extracting(p -> p.getString("tenantId")).containsOnly(airlines.otherAirlineId());
      assertThat(ids(other)).contains(theirs.getString("id")).doesNotContain(mine.getString("id"));
    }

    @Test
    @DisplayName("never shows another airline's PIREPs, whatever tenantId says")
    void tenantScope() {
      JsonObject mine = airlines.pilot.filePirep();
      JsonObject theirs = airlines.otherPilot.filePirep();
      listedOnce(app.admin(), "/api/pireps?limit=200", List.of(mine, theirs));

      for (Caller caller : List.of(airlines.pilot, airlines.tenantAdmin)) {
        assertThat(caller.getAll("/api/pireps")).extracting(p -> p.getString("tenantId"))
            .containsOnly(airlines.airlineId());
        assertThat(ids(caller.getAll("/api/pireps?tenantId=" + airlines.otherAirlineId())))
            .doesNotContain(theirs.getString("id"));
      }
    }

    @Test
    @DisplayName("answers 401 without credentials")
    void unauthenticated() {
      app.anonymous().get("/api/pireps").expectProblem(401);
    }
  }

  @Nested
  @DisplayName("GET /api/pireps/{id}")
  class GetPirep {
    @Test
    @DisplayName("answers 200 within the airline and to platform admins")
    void found() {
      JsonObject pirep = airlines.pilot.filePirep();
      for (Caller caller : List.of(airlines.pilot, airlines.colleague, airlines.tenantAdmin, app.admin())) {
        assertThat(caller.getUntil(pirepPath(pirep), r -> r.status() == 200).json()).isEqualTo(pirep);
      }
    }

    @Test
    @DisplayName("answers 404 for another airline's PIREP, an unknown and a malformed id")
    void notFound() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.pilot.getUntil(pirepPath(pirep), r -> r.status() == 200);
      airlines.otherPilot.get(pirepPath(pirep)).expectProblem(404);
      airlines.otherTenantAdmin.get(pirepPath(pirep)).expectProblem(404);
      airlines.pilot.get("/api/pireps/" + UUID.randomUUID()).expectProblem(404);
      airlines.pilot.get("/api/pireps/not-a-uuid").expectProblem(404);
      airlines.pilot.get("/api/pireps/" + airlines.airlineId()).expectProblem(404);
    }
  }

  static Comparator<JsonObject> latestSubmittedFirst() {
    return Comparator.comparing((JsonObject p) -> Instant.parse(p.getString("submittedAt"))).reversed();
  }
}

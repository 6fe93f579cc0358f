package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.http.ReadConsistency;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Reading your own writes")
class ApiReadYourWritesTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  private static long position(Reply reply) {
    String header = reply.header(ReadConsistency.POSITION);
    assertThat(header).as(reply + " carries " + ReadConsistency.POSITION).isNotNull();
    return Long.parseLong(header);
  }

  private static Reply readAtLeast(Caller caller, String path, String position) {
    return Caller.await(caller.send(HttpMethod.GET, path,
        MultiMap.caseInsensitiveMultiMap().add(ReadConsistency.MIN_POSITION, position), null));
  }

  @Test
  @DisplayName("every write answers with its position, and the positions increase")
  void writesArePositioned() {
    List<Long> positions = new ArrayList<>();
    Reply tenant = app.admin().post("/api/tenants",
        new JsonObject().put("name", "Positioned Air").put("icao", app.uniqueIcao()));
    tenant.expect(201);
    positions.add(position(tenant));
    Reply user = app.admin().post("/api/users", app.registration("PILOT", airlines.airlineId()));
    user.expect(201);
    positions.add(position(user));
    Reply key = airlines.pilot.post("/api/api-keys", new JsonObject().put("name", "positioned"));
    positions.add(position(key));
    Reply filed = airlines.pilot.post("/api/pireps", Albatross.pirepInput());
    positions.add(position(filed));
    Reply accepted = airlines.tenantAdmin.post(Albatross.pirepPath(filed.expect(201)) + "/accept");
    accepted.expect(200);
    positions.add(position(accepted));
    Reply revoked = airlines.pilot.delete("/api/api-keys/" + key.expect(201).getString("id"));
    revoked.expect(204);
    positions.add(position(revoked));

    assertThat(positions).isSorted().doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("a read with the position of a write sees it, at once")
  void readsTheWrite() {
    for (int i = 0; i < 20; i++) {
      Reply filed = airlines.pilot.post("/api/pireps", Albatross.pirepInput());
      String id = filed.expect(201).getString("id");
      String at = filed.header(ReadConsistency.POSITION);
      assertThat(readAtLeast(airlines.pilot, "/api/pireps/" + id, at).expect(200).getString("id")).isEqualTo(id);
      assertThat(readAtLeast(airlines.pilot, "/api/pireps?pilotId=" + airlines.pilot.id(), at).ids()).contains(id);
      Reply accepted = airlines.tenantAdmin.post("/api/pireps/" + id + "/accept");
      accepted.expect(200);
      assertThat(readAtLeast(airlines.pilot, "/api/pireps/" + id, accepted.header(ReadConsistency.POSITION)).expect(200)
          .getString("status")).isEqualTo("ACCEPTED");
    }
  }

  @Test
  @DisplayName("a new API key is listed and works on the very next request, and a revoked one is refused")
  void keysAtOnce() {
    JsonObject key = airlines.pilot.post("/api/api-keys", new JsonObject().put("name", "at once")).expect(201);
    assertThat(airlines.pilot.get("/api/api-keys?limit=200").ids()).contains(key.getString("id"));
    Caller withKey = app.withKey(key.getString("key"), airlines.pilot.user());
    withKey.get("/api/me").expect(200);
    airlines.pilot.delete("/api/api-keys/" + key.getString("id")).expect(204);
    withKey.get("/api/me").expectProblem(401);
  }

  @Test
  @DisplayName("a new user and a new airline are readable at once")
  void usersAndAirlinesAtOnce() {
    JsonObject tenant = app.admin().post("/api/tenants",
        new JsonObject().put("name", "Instant Air").put("icao", app.uniqueIcao())).expect(201);
    app.admin().get("/api/tenants/" + tenant.getString("id")).expect(200);
    JsonObject user = airlines.tenantAdmin.post("/api/users", app.registration("PILOT", airlines.airlineId()))
        .expect(201);
    airlines.tenantAdmin.get("/api/users/" + user.getString("id")).expect(200);
  }

  @Test
  @DisplayName("a position that is not a number is refused, naming the header")
  void malformed() {
    readAtLeast(airlines.pilot, "/api/me", "soon").expectInvalid(ReadConsistency.MIN_POSITION);
    readAtLeast(airlines.pilot, "/api/pireps", "-1").expectInvalid(ReadConsistency.MIN_POSITION);
  }

  @Test
  @DisplayName("a position the store has not reached answers 503 stale-read with Retry-After, after at most 5 s")
  void notReached() {
    long started = System.nanoTime();
    Reply reply = readAtLeast(airlines.pilot, "/api/pireps", "999999999");
    long waitedMs = (System.nanoTime() - started) / 1_000_000;
    JsonObject problem = reply.expectProblem(503);
    assertThat(problem.getString("type")).endsWith("/stale-read");
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(waitedMs).isBetween(4_000L, 9_000L);
  }

  @Test
  @DisplayName("a read without a position is never held")
  void noPosition() {
    airlines.pilot.get("/api/pireps").expect(200);
    Reply unauthenticated = Caller.await(app.anonymous().send(HttpMethod.GET, "/api/pireps",
        MultiMap.caseInsensitiveMultiMap().add(ReadConsistency.MIN_POSITION, "999999999"), null));
    unauthenticated.expectProblem(401);
  }
}

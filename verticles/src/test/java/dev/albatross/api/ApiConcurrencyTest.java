package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many commands at once on one stream must leave it contiguous: each answer is a success or a
 * 409, and what the API shows afterwards counts exactly the successes, no event lost or doubled.
 */
@DisplayName("Concurrent commands")
class ApiConcurrencyTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static final int REQUESTS = 50;

  static Airlines airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines(app);
  }

  static List<Reply> concurrently(int n, IntFunction<Future<Reply>> request) {
    return Caller.awaitAll(IntStream.range(0, n).mapToObj(request).toList());
  }

  static long count(List<Reply> replies, int status) {
    return replies.stream().filter(r -> r.status() == status).count();
  }

  @Test
  @DisplayName("50 API keys created at once for one user: every 201 is listed once, and each key works")
  void apiKeysOnOneStream() {
    Caller owner = app.newPilot(airlines.airline);
    List<Reply> replies = concurrently(REQUESTS,
        i -> owner.postAsync("/api/api-keys", new JsonObject().put("name", "key " + i)));

    assertThat(replies).extracting(Reply::status).allMatch(s -> s == 201 || s == 409);
    replies.stream().filter(r -> r.status() == 409).forEach(r -> r.expectProblem(409));
    List<JsonObject> created = replies.stream().filter(r -> r.status() == 201).map(Reply::json).toList();
    assertThat(created).isNotEmpty();
    List<String> ids = created.stream().map(k -> k.getString("id")).toList();
    assertThat(ids).doesNotHaveDuplicates();

    app.awaitProjections();
    List<JsonObject> listed = owner.getAll("/api/api-keys?limit=200");
    assertThat(listed).extracting(k -> k.getString("id")).containsExactlyInAnyOrderElementsOf(ids);
    for (JsonObject key : created) {
      app.withKey(key.getString("key"), owner.user()).get("/api/me").expect(200);
    }

    List<Reply> revoked = concurrently(created.size(), i -> owner.deleteAsync("/api/api-keys/" + ids.get(i)));
    assertThat(revoked).extracting(Reply::status).allMatch(s -> s == 204 || s == 409);
    app.awaitProjections();
    List<JsonObject> after = owner.getAll("/api/api-keys?limit=200");
    assertThat(after).hasSize(created.size());
    assertThat(after).filteredOn(k -> k.getValue("revokedAt") != null).hasSize((int) count(revoked, 204));
  }

  @Test
  @DisplayName("accepts and rejects racing on one PIREP: exactly one wins, its history is versions 1 and 2")
  void reviewRace() {
    for (int round = 0; round < 3; round++) {
      JsonObject pirep = airlines.pilot.filePirep();
      String path = "/api/pireps/" + pirep.getString("id");
      List<Reply> replies = concurrently(REQUESTS, i -> i % 2 == 0
          ? airlines.tenantAdmin.postAsync(path + "/accept", null)
          : airlines.tenantAdmin.postAsync(path + "/reject", new JsonObject().put("reason", "race " + i)));

      assertThat(replies).extracting(Reply::status).allMatch(s -> s == 200 || s == 409);
      assertThat(count(replies, 200)).isEqualTo(1);
      replies.stream().filter(r -> r.status() == 409).forEach(r -> r.expectProblem(409));
      JsonObject winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
      String status = winner.getString("status");
      assertThat(status).isIn("ACCEPTED", "REJECTED");

      List<JsonObject> history = airlines.pilot.get(path + "/history").expect(200).getJsonArray("items").stream()
          .map(JsonObject.class::cast).toList();
      assertThat(history).extracting(e -> e.getLong("version")).containsExactly(1L, 2L);
      assertThat(history).extracting(e -> e.getString("type"))
          .containsExactly("PirepSubmitted", status.equals("ACCEPTED") ? "PirepAccepted" : "PirepRejected");
      assertThat(airlines.pilot.getUntil(path, r -> status.equals(r.json().getString("status"))).json())
          .isEqualTo(winner);
    }
  }

  @Test
  @DisplayName("one ICAO code claimed 20 times at once: one tenant, 19 conflicts")
  void icaoRace() {
    String icao = app.uniqueIcao();
    List<Reply> replies = concurrently(20, i -> app.admin().postAsync("/api/tenants",
        new JsonObject().put("name", "Racer " + i).put("icao", i % 2 == 0 ? icao : icao.toLowerCase())));

    assertThat(count(replies, 201)).isEqualTo(1);
    assertThat(count(replies, 409)).isEqualTo(19);
    String id = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().getString("id");
    app.awaitProjections();
    assertThat(app.admin().getAll("/api/tenants")).filteredOn(t -> t.getString("icao").equals(icao))
        .extracting(t -> t.getString("id")).containsExactly(id);
  }

  @Test
  @DisplayName("one e-mail registered 6 times at once: one user, 5 conflicts")
  void emailRace() {
    JsonObject registration = app.registration("PILOT", airlines.airlineId());
    List<Reply> replies = concurrently(6, i -> app.admin().postAsync("/api/users", registration.copy()
        .put("email", i % 2 == 0 ? registration.getString("email") : registration.getString("email").toUpperCase())));

    assertThat(count(replies, 201)).isEqualTo(1);
    assertThat(count(replies, 409)).isEqualTo(5);
    String id = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().getString("id");
    app.awaitProjections();
    assertThat(app.admin().getAll("/api/users?tenantId=" + airlines.airlineId()))
        .filteredOn(u -> u.getString("email").equalsIgnoreCase(registration.getString("email")))
        .extracting(u -> u.getString("id")).containsExactly(id);
  }

  @Test
  @DisplayName("50 PIREPs filed at once by one pilot: all listed, once each")
  void pirepsAtOnce() {
    Caller flyer = app.newPilot(app.createTenant());
    List<Reply> replies = concurrently(REQUESTS, i -> flyer.postAsync("/api/pireps", Albatross.pirepInput()));

    assertThat(replies).extracting(Reply::status).containsOnly(201);
    List<String> ids = replies.stream().map(r -> r.json().getString("id")).toList();
    assertThat(ids).doesNotHaveDuplicates();
    app.awaitProjections();
    assertThat(flyer.getAll("/api/pireps?limit=200")).extracting(p -> p.getString("id"))
        .containsExactlyInAnyOrderElementsOf(ids);
  }
}

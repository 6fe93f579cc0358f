package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("POST /api/pireps with an Idempotency-Key")
class ApiIdempotencyTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static Airlines.WithPilots airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines.WithPilots(app);
  }

  static MultiMap idempotencyKey(String key) {
    return MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", key);
  }

  static Reply file(Caller caller, String key, JsonObject input) {
    return caller.post("/api/pireps", input, idempotencyKey(key));
  }

  /** The PIREPs of {@code caller} with this flight number, a duplicate included had there been one. */
  static List<String> filedWith(Caller caller, String flightNumber) {
    app.awaitProjections();
    return matching(caller.get("/api/pireps?limit=200&pilotId=" + caller.id()).expect(200), flightNumber);
  }

  static List<String> matching(JsonObject page, String flightNumber) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("flightNumber").equals(flightNumber)).map(p -> p.getString("id")).toList();
  }

  @Test
  @DisplayName("the same key twice answers the first PIREP and files one")
  void sameKeyTwice() {
    String key = UUID.randomUUID().toString();
    JsonObject input = Albatross.pirepInput().put("flightNumber", "IDEM1");
    Reply first = file(airlines.pilot, key, input);
    JsonObject created = first.expect(201);
    Reply second = file(airlines.pilot, key, input);

    assertThat(second.status()).isIn(200, 201);
    assertThat(second.json()).isEqualTo(created);
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(filedWith(airlines.pilot, "IDEM1")).containsExactly(created.getString("id"));
  }

  @Test
  @DisplayName("a retry with another body still answers the first PIREP")
  void retryWithAnotherBody() {
    String key = UUID.randomUUID().toString();
    JsonObject created = file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM2")).expect(201);
    Reply retry = file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM2X"));
    assertThat(retry.status()).isIn(200, 201);
    assertThat(retry.json().getString("id")).isEqualTo(created.getString("id"));
    assertThat(retry.json().getString("flightNumber")).isEqualTo("IDEM2");
  }

  @Test
  @DisplayName("a key whose first request was refused still files the PIREP of a valid retry")
  void refusedFirstRequest() {
    String key = UUID.randomUUID().toString();
    file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM-6")).expectInvalid("flightNumber");
    JsonObject created = file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM6")).expect(201);
    assertThat(file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM6")).json().getString("id"))
        .isEqualTo(created.getString("id"));
  }

  @Test
  @DisplayName("the same key from another user files another PIREP")
  void sameKeyOtherUser() {
    String key = UUID.randomUUID().toString();
    JsonObject mine = file(airlines.pilot, key, Albatross.pirepInput().put("flightNumber", "IDEM3")).expect(201);
    JsonObject theirs = file(airlines.colleague, key, Albatross.pirepInput().put("flightNumber", "IDEM3")).expect(201);

    assertThat(theirs.getString("id")).isNotEqualTo(mine.getString("id"));
    assertThat(theirs.getString("pilotId")).isEqualTo(airlines.colleague.id());
    assertThat(filedWith(airlines.pilot, "IDEM3")).containsExactly(mine.getString("id"));
    assertThat(filedWith(airlines.colleague, "IDEM3")).containsExactly(theirs.getString("id"));
  }

  @Test
  @DisplayName("different keys file different PIREPs")
  void differentKeys() {
    JsonObject input = Albatross.pirepInput().put("flightNumber", "IDEM4");
    JsonObject first = file(airlines.pilot, UUID.randomUUID().toString(), input).expect(201);
    JsonObject second = file(airlines.pilot, UUID.randomUUID().toString(), input).expect(201);
    assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(filedWith(airlines.pilot, "IDEM4"))
        .containsExactlyInAnyOrder(first.getString("id"), second.getString("id"));
  }

  @Test
  @DisplayName("two concurrent requests with one key file one PIREP and both answer its id")
  void concurrentRequests() {
    for (int round = 0; round < 5; round++) {
      String key = UUID.randomUUID().toString();
      String flightNumber = "IDEMC" + round;
      JsonObject input = Albatross.pirepInput().put("flightNumber", flightNumber);
      MultiMap headers = idempotencyKey(key).add("Content-Type", "application/json");
      List<Future<Reply>> sent = List.of(
          airlines.pilot.send(HttpMethod.POST, "/api/pireps", headers, input.toBuffer()),
          airlines.pilot.send(HttpMethod.POST, "/api/pireps", headers, input.toBuffer()));
      List<Reply> replies = sent.stream().map(Caller::await).toList();

      assertThat(replies).extracting(Reply::status).allMatch(s -> s == 200 || s == 201).contains(201);
      assertThat(replies).extracting(r -> r.json().getString("id")).containsOnly(replies.get(0).json().getString("id"));
      assertThat(filedWith(airlines.pilot, flightNumber)).containsExactly(replies.get(0).json().getString("id"));
    }
  }

  @Test
  @DisplayName("a key over 100 characters answers 400 and files nothing; 100 characters are fine")
  void keyLength() {
    JsonObject input = Albatross.pirepInput().put("flightNumber", "IDEM5");
    JsonObject problem = file(airlines.pilot, "k".repeat(101), input).expectProblem(400);
    assertThat(problem.getJsonArray("errors")).isNotEmpty();
    file(airlines.pilot, "", input).expectProblem(400);
    file(airlines.pilot, "k".repeat(100), input).expect(201);
    assertThat(filedWith(airlines.pilot, "IDEM5")).hasSize(1);
  }
}

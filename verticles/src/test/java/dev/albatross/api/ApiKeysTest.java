package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("API keys")
class ApiKeysTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  static final String[] LISTED_FIELDS = {"id", "name", "prefix", "createdAt", "lastUsedAt", "revokedAt"};

  static Airlines.WithPilots airlines;

  @BeforeAll
  static void airlines() {
    airlines = new Airlines.WithPilots(app);
  }

  /** A caller with the key, once the key authenticates (the key's read model may lag its creation). */
  static Caller keyCaller(JsonObject created, Caller owner) {
    Caller withKey = app.withKey(created.getString("key"), owner.user());
    withKey.getUntil("/api/me", r -> r.status() == 200);
    return withKey;
  }

  @Test
  @DisplayName("POST answers 201 with the key, starting alb_, once")
  void create() {
    JsonObject created = airlines.pilot.createApiKey("acars");

    assertThat(created.fieldNames()).containsExactlyInAnyOrder("id", "name", "prefix", "key", "createdAt");
    assertThat(created.getString("name")).isEqualTo("acars");
    assertThat(created.getString("key")).startsWith("alb_").startsWith(created.getString("prefix"));
    assertThat(created.getString("prefix")).startsWith("alb_");
    assertThat(created.getString("prefix").length()).isLessThan(created.getString("key").length() - 16);

    JsonObject listed = airlines.pilot.getUntil("/api/api-keys", r -> listed(r, created.getString("id")) != null)
        .json();
    assertThat(listed.encode()).doesNotContain(created.getString("key"));
    JsonObject item = listed(listed, created.getString("id"));
    assertThat(item.fieldNames()).containsExactlyInAnyOrder(LISTED_FIELDS);
    assertThat(item.getString("prefix")).isEqualTo(created.getString("prefix"));
    assertThat(item.getString("createdAt")).isEqualTo(created.getString("createdAt"));
    assertThat(item.getValue("revokedAt")).isNull();
  }

  @Test
  @DisplayName("POST answers 400 for a name that is missing, empty or over 100 characters")
  void badName() {
    airlines.pilot.post("/api/api-keys", new JsonObject()).expectInvalid("name");
    airlines.pilot.post("/api/api-keys", new JsonObject().put("name", "")).expectInvalid("name");
    airlines.pilot.post("/api/api-keys", new JsonObject().put("name", "k".repeat(101))).expectInvalid("name");
    airlines.pilot.createApiKey("k".repeat(100));
    app.anonymous().post("/api/api-keys", new JsonObject().put("name", "acars")).expectProblem(401);
  }

  @Test
  @DisplayName("GET lists only the caller's own keys, never the key itself")
  void listOwnKeys() {
    JsonObject mine = airlines.pilot.createApiKey("mine");
    JsonObject theirs = airlines.colleague.createApiKey("theirs");

    airlines.pilot.getUntil("/api/api-keys", r -> listed(r, mine.getString("id")) != null);
    airlines.colleague.getUntil("/api/api-keys", r -> listed(r, theirs.getString("id")) != null);
    List<JsonObject> keys = airlines.pilot.getAll("/api/api-keys");
    assertThat(keys).extracting(k -> k.getString("id")).contains(mine.getString("id"))
        .doesNotContain(theirs.getString("id"));
    keys.forEach(k -> assertThat(k.fieldNames()).containsExactlyInAnyOrder(LISTED_FIELDS));
    assertThat(keys).isSortedAccordingTo(
        Comparator.comparing((JsonObject k) -> Instant.parse(k.getString("createdAt"))).reversed());
    assertThat(airlines.pilot.get("/api/api-keys").body()).doesNotContain(mine.getString("key"));
  }

  @Test
  @DisplayName("a request with X-API-Key acts as the key's owner")
  void keyActsAsOwner() {
    JsonObject created = airlines.pilot.createApiKey("acars");
    Caller withKey = keyCaller(created, airlines.pilot);

    assertThat(withKey.get("/api/me").expect(200)).isEqualTo(airlines.pilot.get("/api/me").expect(200));
    assertThat(withKey.get("/api/tenants").ids()).containsExactly(airlines.airlineId());
    withKey.get("/api/users").expectProblem(403);
    airlines.pilot.getUntil("/api/api-keys", r -> field(r, created.getString("id"), "lastUsedAt") != null);
  }

  @Test
  @DisplayName("a PIREP filed with a key has source API; with a token, MANUAL")
  void pirepSource() {
    Caller withKey = keyCaller(airlines.pilot.createApiKey("acars"), airlines.pilot);

    JsonObject byKey = withKey.filePirep();
    JsonObject byToken = airlines.pilot.filePirep();

    assertThat(byKey.getString("source")).isEqualTo("API");
    assertThat(byKey.getString("pilotId")).isEqualTo(airlines.pilot.id());
    assertThat(byKey.getString("pilotName")).isEqualTo(airlines.pilot.user().getString("displayName"));
    assertThat(byKey.getString("tenantId")).isEqualTo(airlines.airlineId());
    assertThat(byToken.getString("source")).isEqualTo("MANUAL");
    assertThat(airlines.pilot.getUntil("/api/pireps/" + byKey.getString("id"), r -> r.status() == 200).json()
        .getString("source")).isEqualTo("API");
  }

  @Test
  @DisplayName("DELETE answers 204, then the key answers 401 within a second and the list shows revokedAt")
  void revoke() {
    JsonObject created = airlines.pilot.createApiKey("to revoke");
    Caller withKey = keyCaller(created, airlines.pilot);
    withKey.get("/api/pireps").expect(200);

    airlines.pilot.delete("/api/api-keys/" + created.getString("id")).expect(204);

    withKey.getUntil("/api/me", r -> r.status() == 401, Duration.ofSeconds(1)).expectProblem(401);
    withKey.get("/api/pireps").expectProblem(401);
    withKey.post("/api/pireps", Albatross.pirepInput()).expectProblem(401);
    String id = created.getString("id");
    JsonObject item =
        listed(airlines.pilot.getUntil("/api/api-keys", r -> field(r, id, "revokedAt") != null).json(), id);
    assertThat(item.getString("revokedAt")).isGreaterThanOrEqualTo(item.getString("createdAt"));
  }

  @Test
  @DisplayName("DELETE answers 404 for someone else's key, an unknown or a malformed id, and the key keeps working")
  void revokeOthersKey() {
    JsonObject theirs = airlines.colleague.createApiKey("theirs");
    Caller withKey = keyCaller(theirs, airlines.colleague);

    airlines.pilot.delete("/api/api-keys/" + theirs.getString("id")).expectProblem(404);
    app.admin().delete("/api/api-keys/" + theirs.getString("id")).expectProblem(404);
    airlines.pilot.delete("/api/api-keys/" + UUID.randomUUID()).expectProblem(404);
    airlines.pilot.delete("/api/api-keys/not-a-uuid").expectProblem(404);
    app.anonymous().delete("/api/api-keys/" + theirs.getString("id")).expectProblem(401);

    withKey.get("/api/me").expect(200);
    assertThat(listed(airlines.colleague.get("/api/api-keys").json(), theirs.getString("id")).getValue("revokedAt"))
        .isNull();
  }

  @Test
  @DisplayName("an unknown or malformed key answers 401")
  void badKeys() {
    app.withKey("alb_" + "x".repeat(43), null).get("/api/me").expectProblem(401);
    app.withKey("not-a-key", null).get("/api/me").expectProblem(401);
    app.withKey("", null).get("/api/me").expectProblem(401);
  }

  /** A field of the listed key, null while the key or the field is not (yet) there. */
  static Object field(Reply reply, String keyId, String field) {
    JsonObject key = listed(reply, keyId);
    return key == null ? null : key.getValue(field);
  }

  static JsonObject listed(Reply reply, String keyId) {
    return reply.status() == 200 ? listed(reply.json(), keyId) : null;
  }

  static JsonObject listed(JsonObject page, String keyId) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(k -> k.getString("id").equals(keyId)).findFirst().orElse(null);
  }
}

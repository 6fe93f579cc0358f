package dev.albatross.http;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.http.CachedReads.CachedPirep;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A gateway's PIREP copies")
class PirepNearCacheTest {
  private final UUID tenantId = UUID.randomUUID();
  private final UUID pirepId = UUID.randomUUID();

  private JsonObject pirep(String status) {
    return new JsonObject().put("id", pirepId.toString()).put("tenantId", tenantId.toString()).put("status", status);
  }

  private CachedPirep copy(String status) {
    return new CachedPirep(tenantId, pirep(status).encode());
  }

  private JsonObject notification(String status) {
    return new JsonObject().put("address", "tenant." + tenantId + ".pireps")
        .put("body", new JsonObject().put("type", "PirepAccepted").put("pirep", pirep(status)));
  }

  /** Copies as a process keeps them once its Redis subscription stands. */
  private static PirepNearCache heardCache() {
    PirepNearCache near = new PirepNearCache(InMemoryCache::new);
    near.hearing(true);
    return near;
  }

  private static Optional<String> status(PirepNearCache near, UUID id) {
    return await(near.get(id)).map(p -> new JsonObject(p.json()).getString("status"));
  }

  @Test
  @DisplayName("keep a copy read elsewhere, with its airline, until the time to live has passed")
  void keepsOffered() throws Exception {
    PirepNearCache near = heardCache();

    near.offer(pirepId, copy("SUBMITTED"));

    assertThat(await(near.get(pirepId))).contains(copy("SUBMITTED"));
    assertThat(await(near.get(UUID.randomUUID()))).isEmpty();
    Thread.sleep(PirepNearCache.TTL.toMillis() + 100);
    assertThat(await(near.get(pirepId))).isEmpty();
  }

  @Test
  @DisplayName("a notification replaces a copy, a read never does: it may have been overtaken")
  void notificationsWin() {
    PirepNearCache near = heardCache();
    near.offer(pirepId, copy("SUBMITTED"));

    near.heard(notification("ACCEPTED"));
    near.offer(pirepId, copy("SUBMITTED"));

    assertThat(status(near, pirepId)).contains("ACCEPTED");
    assertThat(await(near.get(pirepId)).orElseThrow().tenantId()).isEqualTo(tenantId);
  }

  @Test
  @DisplayName("a notification about something else than a PIREP changes nothing")
  void otherNotifications() {
    PirepNearCache near = heardCache();
    near.offer(pirepId, copy("SUBMITTED"));

    near.heard(new JsonObject().put("address", "platform.tenants")
        .put("body", new JsonObject().put("type", "TenantCreated").put("tenant", new JsonObject().put("id", "t"))));

    assertThat(status(near, pirepId)).contains("SUBMITTED");
  }

  @Test
  @DisplayName("keep nothing while notifications may be missed, and nothing from before once they are heard again")
  void standsAsideWhileDeaf() {
    PirepNearCache near = heardCache();
    near.offer(pirepId, copy("SUBMITTED"));

    near.hearing(false);
    near.offer(pirepId, copy("SUBMITTED"));
    near.heard(notification("ACCEPTED"));
    assertThat(await(near.get(pirepId))).isEmpty();

    near.hearing(true);
    assertThat(await(near.get(pirepId))).isEmpty();
    near.offer(pirepId, copy("ACCEPTED"));
    assertThat(status(near, pirepId)).contains("ACCEPTED");
  }

  @Test
  @DisplayName("keep nothing until told that every notification is heard")
  void deafFromTheStart() {
    PirepNearCache near = new PirepNearCache(InMemoryCache::new);

    near.offer(pirepId, copy("SUBMITTED"));
    assertThat(await(near.get(pirepId))).isEmpty();

    near.hearing(true);
    near.offer(pirepId, copy("SUBMITTED"));
    assertThat(status(near, pirepId)).contains("SUBMITTED");
  }
}

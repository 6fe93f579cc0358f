package dev.albatross.http;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.bus.Addresses;
import dev.albatross.http.CachedReads.CachedPirep;
import dev.albatross.verticle.ProjectionVerticle;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bridge verticle and the gateway's PIREP copies")
class BridgeVerticleTest {
  private final Vertx vertx = Vertx.vertx();
  private final PirepNearCache near = new PirepNearCache(InMemoryCache::new);
  private final UUID tenantId = UUID.randomUUID();
  private final UUID pirepId = UUID.randomUUID();
  private final String address = "tenant." + tenantId + ".pireps";

  @AfterEach
  void close() {
    await(vertx.close());
  }

  private JsonObject pirep(String status) {
    return new JsonObject().put("id", pirepId.toString()).put("tenantId", tenantId.toString()).put("status", status);
  }

  private Optional<String> copiedStatus() {
    return status(await(near.get(pirepId)));
  }

  private static Optional<String> status(Optional<CachedPirep> copy) {
    return copy.map(p -> new JsonObject(p.json()).getString("status"));
  }

  private void offerSubmitted() {
    near.offer(pirepId, new CachedPirep(tenantId, pirep("SUBMITTED").encode()));
  }

  private final AtomicInteger resyncs = new AtomicInteger();

  /** The bridge deployed and told notifications are heard: an offered copy is kept. */
  private void deployHearing() {
    ReadConsistency reads = new ReadConsistency(vertx, new InMemoryEventStore(), new InMemoryCheckpointStore(),
        ProjectionVerticle.READER);
    await(vertx.deployVerticle(new BridgeVerticle(near, reads, resyncs::incrementAndGet)));
    vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, true);
    eventually(() -> {
      offerSubmitted();
      assertThat(copiedStatus()).contains("SUBMITTED");
    });
  }

  @Test
  @DisplayName("keeps copies while told notifications are heard, none once told they are not")
  void followsHearing() {
    deployHearing();

    vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, false);
    eventually(() -> assertThat(copiedStatus()).isEmpty());
    offerSubmitted();
    assertThat(copiedStatus()).isEmpty();
  }

  @Test
  @DisplayName("tells live clients to resync once notifications are heard again after a loss, not before")
  void resyncAfterLoss() {
    deployHearing();
    assertThat(resyncs.get()).isZero();

    vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, false);
    eventually(() -> assertThat(copiedStatus()).isEmpty());
    assertThat(resyncs.get()).isZero();
    vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, true);

    eventually(() -> assertThat(resyncs.get()).isEqualTo(1));
  }

  @Test
  @DisplayName("forwards a notification to its address after the copy took it")
  void copyBeforeForward() {
    deployHearing();
    List<Optional<String>> copiedWhenForwarded = new CopyOnWriteArrayList<>();
    List<JsonObject> forwarded = new CopyOnWriteArrayList<>();
    await(vertx.eventBus().<JsonObject>consumer(address, message -> near.get(pirepId).onSuccess(copy -> {
      copiedWhenForwarded.add(status(copy));
      forwarded.add(message.body());
    })).completion());
    JsonObject body = new JsonObject().put("type", "PirepAccepted").put("pirep", pirep("ACCEPTED"));

    vertx.eventBus().publish(Addresses.NOTIFICATIONS, new JsonObject().put("address", address).put("body", body));

    eventually(() -> assertThat(forwarded).containsExactly(body));
    assertThat(copiedWhenForwarded).containsExactly(Optional.of("ACCEPTED"));
  }
}

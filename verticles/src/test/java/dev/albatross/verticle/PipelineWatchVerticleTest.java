package dev.albatross.verticle;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.HealthCheck;
import dev.albatross.domain.port.RecordedEvent;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pipeline watch")
class PipelineWatchVerticleTest {
  private static final PipelineWatchVerticle.Limits FAST = new PipelineWatchVerticle.Limits(Duration.ofMillis(50),
      Duration.ofMillis(400), Duration.ofMillis(900));

  private final Vertx vertx = Vertx.vertx();
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final List<String> relayRestarts = new CopyOnWriteArrayList<>();
  private final List<String> projectionRestarts = new CopyOnWriteArrayList<>();
  private PipelineWatchVerticle watch;
  private List<RecordedEvent> stored;

  @BeforeEach
  void watching() {
    stored = await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("a"), anyEvent("b"), anyEvent("c"))),
        metadata(T0)));
    watch = new PipelineWatchVerticle(store, checkpoints, registry, FAST, Clock.systemUTC(), relayRestarts::add,
        projectionRestarts::add);
    await(vertx.deployVerticle(watch));
  }

  @AfterEach
  void close() {
    await(vertx.close());
  }

  private boolean healthy(String part) {
    HealthCheck check = watch.healthChecks().stream().filter(c -> c.name().equals(part)).findFirst().orElseThrow();
    return await(check.check().map(true).otherwise(false));
  }

  private String reason(String part) {
    HealthCheck check = watch.healthChecks().stream().filter(c -> c.name().equals(part)).findFirst().orElseThrow();
    return await(check.check().map("").otherwise(Throwable::getMessage));
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  @Test
  @DisplayName("a relay that publishes nothing while events wait is reported, then restarted, with why")
  void stalledRelay() {
    eventually(() -> assertThat(gauge("albatross.relay.lag.events")).isEqualTo(3.0));
    assertThat(registry.scrape()).contains("albatross_relay_lag_events 3.0", "albatross_projection_lag_events 0.0",
        "albatross_oldest_unprojected_event_age_seconds");
    assertThat(gauge("albatross.oldest.unprojected.event.age.seconds")).isGreaterThan(60.0);

    eventually(() -> assertThat(healthy("relay")).isFalse());
    assertThat(reason("relay")).contains("relay", "3 events wait");
    assertThat(healthy("projections")).isTrue();
    eventually(() -> assertThat(relayRestarts).isNotEmpty());
    assertThat(relayRestarts.get(0)).contains("3 events wait");
    assertThat(projectionRestarts).isEmpty();
  }

  @Test
  @DisplayName("events relayed but not projected stall the projections; once applied, all is well again")
  void stalledProjections() {
    await(checkpoints.save(OutboxRelayVerticle.READER, stored.get(2).feedPosition()));
    eventually(() -> assertThat(gauge("albatross.projection.lag.events")).isEqualTo(3.0));
    assertThat(gauge("albatross.relay.lag.events")).isZero();
    eventually(() -> assertThat(projectionRestarts).isNotEmpty());
    assertThat(healthy("relay")).isTrue();

    await(checkpoints.save(ProjectionVerticle.READER, stored.get(2).feedPosition()));
    eventually(() -> assertThat(gauge("albatross.projection.lag.events")).isZero());
    eventually(() -> assertThat(healthy("projections")).isTrue());
    assertThat(gauge("albatross.oldest.unprojected.event.age.seconds")).isZero();
  }

  @Test
  @DisplayName("a part that moves is never reported, however many events wait")
  void moving() throws Exception {
    for (int i = 0; i < 12; i++) {
      await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("more " + i))), metadata(T0)));
      List<RecordedEvent> all = await(store.readAfter(FeedPosition.START, 100));
      FeedPosition allButTheLast = all.get(all.size() - 2).feedPosition();
      await(checkpoints.save(OutboxRelayVerticle.READER, allButTheLast));
      await(checkpoints.save(ProjectionVerticle.READER, allButTheLast));
      Thread.sleep(120);
    }
    assertThat(gauge("albatross.relay.lag.events")).isEqualTo(1.0);
    assertThat(relayRestarts).isEmpty();
    assertThat(projectionRestarts).isEmpty();
    assertThat(healthy("relay")).isTrue();
    assertThat(healthy("projections")).isTrue();
  }
}

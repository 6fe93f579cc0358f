package dev.albatross.verticle;

import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.HealthCheck;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the worker's pipeline from the saved checkpoints: how many events wait for the relay
 * (stored, not yet confirmed by the bus) and for the projections (confirmed, not yet applied),
 * and how old the oldest unprojected one is, as gauges. A part whose checkpoint has not moved
 * while events wait for it is stalled: {@code /health} names it after {@link Limits#unhealthy},
 * and after {@link Limits#restart} it is restarted (and again after as long, while it stays so).
 */
public final class PipelineWatchVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineWatchVerticle.class);
  private static final Duration SAMPLE_DEADLINE = Duration.ofSeconds(5);

  /** How often to look, when a stall shows in health, and when a stalled part is restarted. */
  public record Limits(Duration sampleEvery, Duration unhealthy, Duration restart) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(1), Duration.ofSeconds(15),
        Duration.ofSeconds(30));
  }

  /** One part of the pipeline: the reader whose checkpoint shows its progress, and how to restart it. */
  private final class Part {
    final String name;
    final String reader;
    final Consumer<String> restart;
    FeedPosition position;
    long waiting;
    long movedAtMillis;

    Part(String name, String reader, Consumer<String> restart) {
      this.name = name;
      this.reader = reader;
      this.restart = restart;
      this.movedAtMillis = clock.millis();
    }

    /** Takes a sample: where the reader is, and how many events wait for it. */
    void sampled(FeedPosition now, long events) {
      long at = clock.millis();
      if (position == null || now.compareTo(position) > 0 || events == 0) {
        movedAtMillis = at;
      }
      position = now;
      waiting = events;
      long stalledMillis = at - movedAtMillis;
      if (stalledMillis >= limits.restart().toMillis()) {
        String why = events + " events wait and its checkpoint has not moved for " + stalledMillis / 1000 + " s";
        LOG.warn("Pipeline watch: restarting the {}: {}", name, why);
        movedAtMillis = at;
        restart.accept(why);
      }
    }

    Future<Void> health() {
      long stalledMillis = clock.millis() - movedAtMillis;
      if (waiting > 0 && stalledMillis >= limits.unhealthy().toMillis()) {
        return Future.failedFuture(new HealthCheck.Unhealthy(name + ": " + waiting
            + " events wait and none was handled for " + stalledMillis / 1000 + " s"));
      }
      return Future.succeededFuture();
    }
  }

  private final EventStore store;
  private final CheckpointStore checkpoints;
  private final MeterRegistry registry;
  private final Limits limits;
  private final Clock clock;
  private final Part relay;
  private final Part projections;
  private volatile double oldestUnprojectedSeconds;
  private boolean sampling;
  /** The last sample failed: told once in the log, and once more when samples come back. */
  private boolean blind;
  private long timer;

  public PipelineWatchVerticle(EventStore store, CheckpointStore checkpoints, MeterRegistry registry, Limits limits,
      Clock clock, Consumer<String> restartRelay, Consumer<String> restartProjections) {
    this.store = store;
    this.checkpoints = checkpoints;
    this.registry = registry;
    this.limits = limits;
    this.clock = clock;
    this.relay = new Part("relay", OutboxRelayVerticle.READER, restartRelay);
    this.projections = new Part("projections", ProjectionVerticle.READER, restartProjections);
  }

  /** The relay's and the projections' health, as {@code /health} shows them. */
  public List<HealthCheck> healthChecks() {
    return List.of(HealthCheck.of(relay.name, relay::health), HealthCheck.of(projections.name, projections::health));
  }

  @Override
  public Future<?> start() {
    Gauge.builder("albatross.relay.lag.events", relay, p -> p.waiting)
        .description("Events stored but not yet confirmed by the event bus").register(registry);
    Gauge.builder("albatross.projection.lag.events", projections, p -> p.waiting)
        .description("Events confirmed by the event bus but not yet applied to the read models").register(registry);
    Gauge.builder("albatross.oldest.unprojected.event.age.seconds", this, w -> w.oldestUnprojectedSeconds)
        .description("Age of the oldest event not yet applied to the read models").register(registry);
    timer = vertx.setPeriodic(limits.sampleEvery().toMillis(), id -> sample());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  private void sample() {
    if (sampling) {
      return;
    }
    sampling = true;
    Future<FeedPosition> relayAt = checkpoints.load(relay.reader);
    Future<FeedPosition> projectedAt = checkpoints.load(projections.reader);
    Future.all(relayAt, projectedAt)
        .compose(both -> Future.all(store.backlog(relayAt.result()), store.backlog(projectedAt.result())))
        .timeout(SAMPLE_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
        .onComplete(done -> {
          sampling = false;
          if (done.failed()) {
            if (!blind) {
              LOG.warn("Pipeline watch: cannot read the checkpoints or the event store, lag unknown: {}",
                  done.cause().toString());
            }
            blind = true;
            return;
          }
          if (blind) {
            LOG.info("Pipeline watch: reading the checkpoints and the event store again");
            blind = false;
          }
          Backlog unrelayed = done.result().resultAt(0);
          Backlog unprojected = done.result().resultAt(1);
          relay.sampled(relayAt.result(), unrelayed.events());
          projections.sampled(projectedAt.result(), Math.max(0, unprojected.events() - unrelayed.events()));
          oldestUnprojectedSeconds = unprojected.oldest()
              .map(oldest -> Math.max(0, clock.millis() - oldest.toEpochMilli()) / 1000.0)
              .orElse(0.0);
        });
  }
}

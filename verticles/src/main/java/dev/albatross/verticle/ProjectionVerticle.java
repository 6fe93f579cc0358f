package dev.albatross.verticle;

import dev.albatross.domain.app.FeedCheckpoint;
import dev.albatross.domain.app.ProjectionService;
import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Duration;
import java.util.List;

/**
 * Applies the events the bus delivers to the read models, a batch at a time, in order, and saves
 * how far it got (what the pipeline's watch measures the projections' lag by).
 */
public final class ProjectionVerticle extends VerticleBase {
  public static final String READER = "projections";
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);

  private final EventSubscriber subscriber;
  private final ProjectionService projections;
  private final FeedCheckpoint checkpoint;
  private FeedPosition reached = FeedPosition.START;

  public ProjectionVerticle(EventSubscriber subscriber, ProjectionService projections, CheckpointStore checkpoints) {
    this.subscriber = subscriber;
    this.projections = projections;
    this.checkpoint = new FeedCheckpoint(checkpoints, READER);
  }

  @Override
  public Future<?> start() {
    return subscriber.subscribe(this::handle);
  }

  @Override
  public Future<?> stop() {
    return checkpoint.settle(STOP_WAIT);
  }

  /** A redelivery of older events leaves the checkpoint where it is. */
  private Future<Void> handle(List<RecordedEvent> delivered) {
    return projections.handle(delivered).onSuccess(v -> {
      FeedPosition last = delivered.get(delivered.size() - 1).feedPosition();
      if (last.compareTo(reached) > 0) {
        reached = last;
        checkpoint.reached(last);
      }
    });
  }
}

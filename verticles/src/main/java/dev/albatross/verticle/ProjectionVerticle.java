package dev.albatross.verticle;

import dev.albatross.domain.app.ProjectionService;
import dev.albatross.domain.port.EventSubscriber;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/** Applies the events the bus delivers to the read models, a batch at a time, in order. */
public final class ProjectionVerticle extends VerticleBase {
  private final EventSubscriber subscriber;
  private final ProjectionService projections;

  public ProjectionVerticle(EventSubscriber subscriber, ProjectionService projections) {
    this.subscriber = subscriber;
    this.projections = projections;
  }

  @Override
  public Future<?> start() {
    return subscriber.subscribe(projections::handle);
  }
}

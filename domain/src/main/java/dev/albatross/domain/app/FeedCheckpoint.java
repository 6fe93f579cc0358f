package dev.albatross.domain.app;

import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.FeedPosition;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves how far a reader of the feed got, beside its work rather than in its path: one save at a
 * time, the next one for the latest position reached meanwhile. A save that fails is logged; the
 * next one covers it. Used from one context.
 */
public final class FeedCheckpoint {
  private static final Logger LOG = LoggerFactory.getLogger(FeedCheckpoint.class);

  private final CheckpointStore checkpoints;
  private final String reader;
  private FeedPosition unsaved;
  private boolean saving;
  private Future<Void> lastSave = Future.succeededFuture();

  public FeedCheckpoint(CheckpointStore checkpoints, String reader) {
    this.checkpoints = checkpoints;
    this.reader = reader;
  }

  public Future<FeedPosition> load() {
    return checkpoints.load(reader);
  }

  /** The reader is done with everything up to {@code position}. */
  public void reached(FeedPosition position) {
    unsaved = position;
    if (!saving) {
      saveUnsaved();
    }
  }

  /** Waits a moment for the save in flight, if any: a stop need not redo it. */
  public Future<Void> settle(Duration atMost) {
    return lastSave.timeout(atMost.toMillis(), TimeUnit.MILLISECONDS).otherwiseEmpty();
  }

  private void saveUnsaved() {
    FeedPosition target = unsaved;
    unsaved = null;
    saving = true;
    lastSave = checkpoints.save(reader, target)
        .recover(failure -> {
          LOG.warn("Checkpoint of {} not saved, the next one will be: {}", reader, failure.toString());
          return Future.succeededFuture();
        })
        .andThen(saved -> {
          saving = false;
          if (unsaved != null) {
            saveUnsaved();
          }
        });
  }
}

package dev.albatross.domain.port;

import io.vertx.core.Future;

/** One active holder among many processes (the outbox relay); the others stand by. */
public interface Leadership {

  /** Tries once, without waiting: true if this process leads now. */
  Future<Boolean> tryAcquire();

  /** Runs when a lead this process held is lost (its connection dropped). */
  void onLost(Runnable lost);

  /** The lead of a single process: always held. */
  static Leadership alone() {
    return new Leadership() {
      @Override
      public Future<Boolean> tryAcquire() {
        return Future.succeededFuture(true);
      }

      @Override
      public void onLost(Runnable lost) {}
    };
  }
}

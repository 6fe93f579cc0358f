package dev.albatross.bench;

import io.vertx.core.Promise;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Positions ingested through {@code POST /api/flights/{id}/positions}: {@link Wrk#CONNECTIONS}
 * clients in a closed loop, each posting batches of {@code batchSize} to the flights of its own
 * share in turn, every batch new positions of its flight.
 */
final class FlightIngest {
  private final FlightClient client;
  private final List<String> flights;
  private final int batchSize;
  private final int[] nextSeq;

  FlightIngest(FlightClient client, List<String> flights, int batchSize) {
    this.client = client;
    this.flights = flights;
    this.batchSize = batchSize;
    this.nextSeq = new int[flights.size()];
  }

  /** Positions accepted per second over a run of {@code seconds}. */
  double run(int seconds) {
    AtomicLong accepted = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    long began = System.nanoTime();
    Promise<Void>[] done = newPromises();
    for (int c = 0; c < done.length; c++) {
      loop(c, c % flights.size(), deadline, accepted, failure, done[c]);
    }
    for (Promise<Void> d : done) {
      LiveProbe.await(d.future());
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a position batch failed: " + failure.get(), failure.get());
    }
    return accepted.get() / ((System.nanoTime() - began) / 1e9);
  }

  @SuppressWarnings("unchecked")
  private static Promise<Void>[] newPromises() {
    Promise<Void>[] promises = new Promise[Wrk.CONNECTIONS];
    for (int i = 0; i < promises.length; i++) {
      promises[i] = Promise.promise();
    }
    return promises;
  }

  /** Client {@code c} posts to flight {@code f}, then to its next flight, {@link Wrk#CONNECTIONS} further on. */
  private void loop(int c, int f, long deadline, AtomicLong accepted, AtomicReference<Throwable> failure,
      Promise<Void> done) {
    if (System.nanoTime() >= deadline || failure.get() != null) {
      done.complete();
      return;
    }
    int seq;
    synchronized (nextSeq) {
      seq = nextSeq[f];
      nextSeq[f] += batchSize;
    }
    client.post(flights.get(f), seq, batchSize).onComplete(r -> {
      if (r.succeeded()) {
        accepted.addAndGet(r.result());
      } else {
        failure.compareAndSet(null, r.cause());
      }
      int next = f + Wrk.CONNECTIONS < flights.size() ? f + Wrk.CONNECTIONS : c % flights.size();
      loop(c, next, deadline, accepted, failure, done);
    });
  }
}

package dev.albatross.contract;

import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits on the test thread for what adapters do on Vert.x threads. */
public final class Async {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private Async() {}

  /** The future's result; its failure is thrown as it is, so tests can assert on the type. */
  public static <T> T await(Future<T> future) {
    try {
      return future.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + TIMEOUT, e);
    }
  }

  /** Retries {@code assertion} until it passes or {@code within} has elapsed, then fails with its last error. */
  public static void eventually(Duration within, Runnable assertion) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
      }
      pause(Duration.ofMillis(20));
    }
  }

  public static void eventually(Runnable assertion) {
    eventually(Duration.ofSeconds(10), assertion);
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
    }
  }
}

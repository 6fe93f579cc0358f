package dev.albatross.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Small helpers shared by the phases. */
final class Bench {
  static final String ADMIN_EMAIL = "bench-admin@albatross.local";
  static final String ADMIN_PASSWORD = "bench-admin-password-1";
  static final String JWT_SECRET = "albatross-bench-signing-key-of-48-characters!!";
  static final String PILOT_PASSWORD = "bench-pilot-password-1";
  static final int ROUNDS = 3;
  /** Each round's length, on both sides: 8 s keeps the whole run under 10 minutes on two slow cores. */
  static final int ROUND_SECONDS = 8;

  /** The PIREP every write sends, on every side of every comparison. */
  static final String PIREP_JSON = "{\"flightNumber\":\"ALB123\",\"departure\":\"EGLL\",\"arrival\":\"KJFK\","
      + "\"aircraftType\":\"B738\",\"flightTimeMinutes\":420,\"fuelUsedKg\":21000,\"distanceNm\":3000,"
      + "\"landingRateFpm\":-180,\"route\":\"DVR L9 KONAN UL607 SPI\",\"notes\":\"benchmark flight\"}";

  private Bench() {}

  static final int WARMUP_RUN_SECONDS = 5;
  static final int MAX_WARMUP_SECONDS = 45;

  /**
   * Warms a process up: runs {@code oneRun} (a {@link #WARMUP_RUN_SECONDS} run answering its
   * figure, higher being better) until the figure stops improving, two runs in a row under 5%
   * better than the best so far, for at most {@link #MAX_WARMUP_SECONDS}: until the JIT compiler,
   * which shares the two cores with everything else, has done its work. Answers the seconds.
   */
  static int warmUp(DoubleSupplier oneRun) {
    double best = Double.NEGATIVE_INFINITY;
    int flat = 0;
    int seconds = 0;
    while (seconds < MAX_WARMUP_SECONDS && flat < 2) {
      double figure = oneRun.getAsDouble();
      seconds += WARMUP_RUN_SECONDS;
      flat = figure < best + Math.abs(best) * 0.05 ? flat + 1 : 0;
      best = Math.max(best, figure);
    }
    return seconds;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void log(String format, Object... args) {
    System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    System.out.flush();
  }
}

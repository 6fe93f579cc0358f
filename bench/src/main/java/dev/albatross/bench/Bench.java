package dev.albatross.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers shared by the phases. */
final class Bench {
  static final String ADMIN_EMAIL = "bench-admin@albatross.local";
  static final String ADMIN_PASSWORD = "bench-admin-password-1";
  static final String JWT_SECRET = "albatross-bench-signing-key-of-48-characters!!";
  static final String PILOT_PASSWORD = "bench-pilot-password-1";
  static final int ROUNDS = 3;

  /** The PIREP every write sends, on every side of every comparison. */
  static final String PIREP_JSON = "{\"flightNumber\":\"ALB123\",\"departure\":\"EGLL\",\"arrival\":\"KJFK\","
      + "\"aircraftType\":\"B738\",\"flightTimeMinutes\":420,\"fuelUsedKg\":21000,\"distanceNm\":3000,"
      + "\"landingRateFpm\":-180,\"route\":\"DVR L9 KONAN UL607 SPI\",\"notes\":\"benchmark flight\"}";

  private Bench() {}

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

package dev.albatross.bench;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live flights on two gateways and a worker on PostgreSQL, RabbitMQ and Redis: positions
 * ingested through gateway 1 against pgbench inserting the same rows, live {@code FlightMoved}
 * latency to a bridge client on gateway 2 against Redis publish/subscribe, and a long flight's
 * track against psql reading its rows. Sizes come from the environment (see docs/benchmarks.md);
 * a size of 0 (an empty list for the live sizes) leaves its figure out.
 */
final class FlightsPhase extends BenchPhase {
  private static final int INGEST_FLIGHTS = env("ALBATROSS_BENCH_FLIGHTS_INGEST_FLIGHTS", 256);
  private static final int BATCH = env("ALBATROSS_BENCH_FLIGHTS_BATCH", 50);
  private static final int ROUND_SECONDS = env("ALBATROSS_BENCH_FLIGHTS_ROUND_SECONDS", Bench.ROUND_SECONDS);
  /** A fixed warm-up, when set; else the ingest warms up by {@link Bench#warmUp}'s rule and the live probe for 10 s. */
  private static final int WARMUP_SECONDS = env("ALBATROSS_BENCH_FLIGHTS_WARMUP_SECONDS", 0);
  private static final int TRACK_POSITIONS = env("ALBATROSS_BENCH_FLIGHTS_TRACK", 43_200);
  private static final int TRACK_READS = 5;
  private static final int TRACK_BATCH = 500;
  private static final String LIVE_SIZES = System.getenv().getOrDefault("ALBATROSS_BENCH_FLIGHTS_LIVE", "1000,5000");
  private static final Pattern PSQL_TIME = Pattern.compile("Time: ([0-9.]+) ms");

  private final Vertx vertx = Vertx.vertx();
  private String db;
  private Api.Pilot pilot;
  private FlightClient client;

  FlightsPhase(BenchRun run) {
    super(run);
  }

  @Override
  void run() {
    db = run.database("flights");
    run.albatrossOn("flights-worker", "worker", db);
    int port1 = run.albatrossOn("flights-gateway-1", "gateway", db);
    int port2 = run.albatrossOn("flights-gateway-2", "gateway", db);
    pilot = new Api(port1).setUpPilot("BNF");
    client = new FlightClient(vertx, port1, pilot.token(), 32);
    try {
      if (INGEST_FLIGHTS > 0) {
        ingest();
      }
      for (String size : LIVE_SIZES.split(",")) {
        if (!size.isBlank()) {
          live(port2, Integer.parseInt(size.trim()));
        }
      }
      if (TRACK_POSITIONS > 0) {
        track();
      }
    } finally {
      client.close();
      vertx.close();
    }
  }

  private void ingest() {
    FlightIngest ingest = new FlightIngest(client, client.start(INGEST_FLIGHTS, 32), BATCH);
    PositionsPgBench pgbench = PositionsPgBench.prepare(db, run.work(), INGEST_FLIGHTS, BATCH);
    Bench.log("positions: warm-up");
    if (WARMUP_SECONDS > 0) {
      ingest.run(WARMUP_SECONDS);
    } else {
      Bench.log("positions: warm after %d s", Bench.warmUp(() -> ingest.run(Bench.WARMUP_RUN_SECONDS)));
    }
    pgbench.run(3);
    List<Double> floor = new ArrayList<>();
    List<Double> albatross = new ArrayList<>();
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      floor.add(pgbench.run(ROUND_SECONDS));
      albatross.add(ingest.run(ROUND_SECONDS));
      Bench.log("positions round %d: pgbench %.0f rows/s, albatross %.0f positions/s", round, floor.get(round - 1),
          albatross.get(round - 1));
    }
    report.rounds("positions", "floor_per_s", floor);
    report.rounds("positions", "ingest_per_s", albatross);
    double a = Bench.median(albatross);
    double f = Bench.median(floor);
    report.put("positions", "ingest_per_s", a);
    report.put("positions", "floor_per_s", f);
    report.put("positions", "ratio", a / f);
    report.put("positions", "batch_size", (long) BATCH);
    report.put("positions", "flights", (long) INGEST_FLIGHTS);
    report.row("positions: POST .../positions, batches of " + BATCH + " (positions/s) vs pgbench (rows/s)",
        Report.f(a), Report.f(f), Report.f(a / f), ">= 0.25", a / f >= 0.25);
  }

  private void live(int bridgePort, int flights) {
    Bench.log("flights live: starting %d flights", flights);
    FlightLiveProbe probe = new FlightLiveProbe(vertx, client, bridgePort, pilot.token(), pilot.tenantId(),
        client.start(flights, 32));
    RedisFloor redis = new RedisFloor(vertx, BenchRun.REDIS);
    int warmUp = WARMUP_SECONDS > 0 ? WARMUP_SECONDS : 10;
    Bench.log("flights live: warm-up %d s at %d batches/s", warmUp, probe.rate());
    probe.run(warmUp);
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    List<Double> floorP99 = new ArrayList<>();
    long lost = 0;
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      Latency floor = redis.run(probe.rate(), ROUND_SECONDS);
      Latency albatross = probe.run(ROUND_SECONDS);
      lost += albatross.lost();
      floorP99.add(floor.percentileMs(99));
      if (albatross.count() > 0) {
        // a round whose every frame was lost has no percentiles: its lost count says it
        p50.add(albatross.percentileMs(50));
        p99.add(albatross.percentileMs(99));
      }
      Bench.log("flights live %d round %d: redis p99 %.2f ms; albatross p50 %.2f ms, p99 %.2f ms (%d frames, %d lost)",
          flights, round, floor.percentileMs(99), albatross.percentileMs(50), albatross.percentileMs(99),
          albatross.count(), albatross.lost());
    }
    String suffix = flights == 1000 ? "" : "_" + flights;
    report.rounds("flights", "live_p99_ms" + suffix, p99);
    report.rounds("flights", "live_floor_p99_ms" + suffix, floorP99);
    report.put("flights", "live_floor_p99_ms" + suffix, Bench.median(floorP99));
    report.put("flights", "live_lost" + suffix, lost);
    String what = "flights live, " + flights + " flights every " + FlightLiveProbe.PERIOD_S + " s: 202 on gateway 1 "
        + "to FlightMoved on gateway 2, p50 / p99 (ms)";
    String floor = "p99 " + Report.f(Bench.median(floorP99));
    if (p99.isEmpty()) {
      report.row(what, "none arrived", floor, lost + " lost", "p99 <= 50, none lost", false);
      return;
    }
    double p = Bench.median(p99);
    report.put("flights", "live_p50_ms" + suffix, Bench.median(p50));
    report.put("flights", "live_p99_ms" + suffix, p);
    report.row(what, Report.f(Bench.median(p50)) + " / " + Report.f(p), floor, lost + " lost", "p99 <= 50, none lost",
        p <= 50 && lost == 0);
  }

  private void track() {
    String flight = client.start(1, 1).get(0);
    Bench.log("flights track: posting %d positions", TRACK_POSITIONS);
    for (int seq = 0; seq < TRACK_POSITIONS; seq += TRACK_BATCH) {
      LiveProbe.await(client.post(flight, seq, Math.min(TRACK_BATCH, TRACK_POSITIONS - seq)));
    }
    LiveProbe.await(client.trackMs(flight, TRACK_POSITIONS));
    List<Double> albatross = new ArrayList<>();
    for (int i = 0; i < TRACK_READS; i++) {
      albatross.add(LiveProbe.await(client.trackMs(flight, TRACK_POSITIONS)));
    }
    List<Double> floor = psqlTrackMs(flight);
    report.rounds("flights", "track_ms_" + TRACK_POSITIONS, albatross);
    report.rounds("flights", "track_floor_ms_" + TRACK_POSITIONS, floor);
    double a = Bench.median(albatross);
    double f = Bench.median(floor);
    Bench.log("flights track: albatross %s ms, psql %s ms", albatross, floor);
    report.put("flights", "track_ms_" + TRACK_POSITIONS, a);
    report.put("flights", "track_floor_ms_" + TRACK_POSITIONS, f);
    report.row("flights: GET .../track of " + TRACK_POSITIONS + " positions vs psql select (ms)", Report.f(a),
        Report.f(f), Report.f(a / f), "< 500 ms", a < 500);
  }

  /** psql's own timing of the track's select, {@link #TRACK_READS} times after one unmeasured, rows read and dropped. */
  private List<Double> psqlTrackMs(String flight) {
    String select = "select seq, at, lat, lon, altitude_ft, heading_deg, ground_speed_kt, vertical_speed_fpm, "
        + "on_ground from positions where flight_id = '" + flight + "' order by seq;\n";
    String out = Sh.psql(db, "\\o /dev/null\n" + select + "\\timing on\n" + select.repeat(TRACK_READS)).output();
    List<Double> times = new ArrayList<>();
    Matcher m = PSQL_TIME.matcher(out);
    while (m.find()) {
      times.add(Double.parseDouble(m.group(1)));
    }
    if (times.size() != TRACK_READS) {
      throw new IllegalStateException("unexpected psql output:\n" + out);
    }
    return times;
  }

  private static int env(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}

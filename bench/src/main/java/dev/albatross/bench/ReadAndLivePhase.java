package dev.albatross.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Two gateways and a worker on PostgreSQL, RabbitMQ and Redis: cached reads, then live latency. */
final class ReadAndLivePhase extends BenchPhase {
  private static final int LIVE_RATE = Integer.parseInt(System.getenv().getOrDefault("ALBATROSS_BENCH_LIVE_RATE", "200"));

  ReadAndLivePhase(BenchRun run) {
    super(run);
  }

  @Override
  void run() throws IOException {
    String db = run.database("live");
    run.albatrossOn("live-worker", "worker", db);
    int port1 = run.albatrossOn("live-gateway-1", "gateway", db);
    int port2 = run.albatrossOn("live-gateway-2", "gateway", db);
    Api api = new Api(port1);
    Api.Pilot pilot = api.setUpPilot("BNL");
    String id = new JsonObject(api.submitPirepRaw(pilot.token())).getString("id");
    String body = projected(api, "/api/pireps/" + id, pilot.token());
    read(port1, id, pilot.token(), body);
    live(port1, port2, pilot);
  }

  private void read(int port, String id, String token, String body) throws IOException {
    AppProcess floor = run.floorServer("floor-read", body, body);
    BenchRun.Comparison c = run.compareHttp("read", "http://127.0.0.1:" + port + "/api/pireps/" + id, null, token,
        "http://127.0.0.1:" + floor.port() + "/floor", null);
    floor.close();
    report.put("read", "albatross_rps", c.albatross());
    report.put("read", "floor_rps", c.floor());
    report.put("read", "ratio", c.ratio());
    report.row("read: GET /api/pireps/{id} cached vs bare route (req/s)", Report.f(c.albatross()), Report.f(c.floor()),
        Report.f(c.ratio()), ">= 0.5", c.ratio() >= 0.5);
  }

  private void live(int port1, int port2, Api.Pilot pilot) {
    Vertx vertx = Vertx.vertx();
    try {
      LiveProbe probe = new LiveProbe(vertx, port1, port2, pilot.token(), pilot.tenantId());
      RedisFloor redis = new RedisFloor(vertx, BenchRun.REDIS);
      Bench.log("live: waiting for the worker to finish the write phase's backlog");
      for (int i = 0; i < 60 && probe.run(10, 1).percentileMs(99) > 100; i++) {
        Bench.log("live: backlog still draining");
      }
      Bench.log("live: warm-up");
      Bench.log("live: warm after %d s", warmUp(probe));
      redis.run(LIVE_RATE, 2);
      List<Double> p50 = new ArrayList<>();
      List<Double> p99 = new ArrayList<>();
      List<Double> floorP99 = new ArrayList<>();
      for (int round = 1; round <= Bench.ROUNDS; round++) {
        Latency floor = redis.run(LIVE_RATE, Bench.ROUND_SECONDS);
        Latency albatross = probe.run(LIVE_RATE, Bench.ROUND_SECONDS);
        floorP99.add(floor.percentileMs(99));
        p50.add(albatross.percentileMs(50));
        p99.add(albatross.percentileMs(99));
        Bench.log("live round %d: redis p99 %.2f ms (%d lost); albatross p50 %.2f ms, p99 %.2f ms (%d frames, %d lost)",
            round, floor.percentileMs(99), floor.lost(), albatross.percentileMs(50), albatross.percentileMs(99),
            albatross.count(), albatross.lost());
      }
      report.rounds("live", "p99_ms", p99);
      report.rounds("live", "floor_p99_ms", floorP99);
      double p = Bench.median(p99);
      report.put("live", "rate_per_s", (long) LIVE_RATE);
      report.put("live", "p50_ms", Bench.median(p50));
      report.put("live", "p99_ms", p);
      report.put("live", "floor_p99_ms", Bench.median(floorP99));
      report.row("live at " + LIVE_RATE + "/s: 201 on gateway 1 to frame on gateway 2, p99 (ms)", Report.f(p),
          Report.f(Bench.median(floorP99)), "", "<= 50", p <= 50);
      report.row("live p50 (ms)", Report.f(Bench.median(p50)), "", "", "", true);
    } finally {
      vertx.close();
    }
  }

  /** Submits at the live rate until the p99 stops falling (see {@link Bench#warmUp}); answers the seconds. */
  private static int warmUp(LiveProbe probe) {
    return Bench.warmUp(() -> -probe.run(LIVE_RATE, Bench.WARMUP_RUN_SECONDS).percentileMs(99));
  }

  /** Polls until the read model has the PIREP (the worker projected it); answers its body. */
  private static String projected(Api api, String path, String token) {
    for (int i = 0; i < 200; i++) {
      var response = api.get(path, token);
      if (response.statusCode() == 200) {
        return response.body();
      }
      Bench.sleep(100);
    }
    throw new IllegalStateException(path + " was not projected within 20 s");
  }
}

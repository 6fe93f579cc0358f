package dev.albatross.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** POST /api/pireps through one gateway on PostgreSQL against pgbench's single-row inserts. */
final class WritePhase extends BenchPhase {
  WritePhase(BenchRun run) {
    super(run);
  }

  @Override
  void run() {
    String db = run.database("write");
    int port = BenchRun.freePort();
    AppProcess gateway = run.albatross("write-gateway", run.albatrossEnv(port, "gateway", db), port);
    gateway.awaitHealthy("/health", Duration.ofSeconds(90));
    Api.Pilot pilot = new Api(port).setUpPilot("BNW");
    PgBench pgbench = PgBench.prepare(db, run.work(), pilot.tenantId(), pilot.userId());
    Path post = Wrk.postScript(run.work(), "write-post", Bench.PIREP_JSON, pilot.token());
    String url = "http://127.0.0.1:" + port + "/api/pireps";
    Bench.log("write: warm-up");
    Bench.log("write: warm after %d s", Wrk.warmUp(url, post, null));
    pgbench.run(3);
    List<Double> floor = new ArrayList<>();
    List<Double> albatross = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      floor.add(pgbench.run(Bench.ROUND_SECONDS));
      Wrk.Result r = BenchRun.checked(Wrk.run(url, post, null, Bench.ROUND_SECONDS));
      albatross.add(r.rps());
      p50.add(r.p50Ms());
      p99.add(r.p99Ms());
      Bench.log("write round %d: pgbench %.0f tps, albatross %.0f req/s (p50 %.2f ms, p99 %.2f ms)",
          round, floor.get(round - 1), r.rps(), r.p50Ms(), r.p99Ms());
    }
    report.rounds("write", "floor_tps", floor);
    report.rounds("write", "albatross_rps", albatross);
    double a = Bench.median(albatross);
    double f = Bench.median(floor);
    report.put("write", "albatross_rps", a);
    report.put("write", "floor_tps", f);
    report.put("write", "ratio", a / f);
    report.put("write", "p50_ms", Bench.median(p50));
    report.put("write", "p99_ms", Bench.median(p99));
    report.row("write: POST /api/pireps on PostgreSQL (req/s) vs pgbench insert (tps)", Report.f(a), Report.f(f),
        Report.f(a / f), ">= 0.5", a / f >= 0.5);
    report.row("write latency p50 / p99 (ms)", Report.f(Bench.median(p50)) + " / " + Report.f(Bench.median(p99)),
        "", "", "", true);
    gateway.close();
  }
}

package dev.albatross.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** rebuild-projections over PIREP submissions against INSERT ... SELECT of the same rows. */
final class RebuildPhase extends BenchPhase {
  private static final int REBUILD_EVENTS = 100_000;

  RebuildPhase(BenchRun run) {
    super(run);
  }

  @Override
  void run() throws IOException {
    String db = run.database("rebuild");
    RebuildBench rebuild = new RebuildBench(run.jar(), db, Map.of("ALBATROSS_PG_URL", BenchRun.PG + db,
        "ALBATROSS_JWT_SECRET", Bench.JWT_SECRET), run.work());
    Bench.log("rebuild: seeding %d events", REBUILD_EVENTS);
    rebuild.seed(REBUILD_EVENTS);
    List<Double> albatross = new ArrayList<>();
    List<Double> floor = new ArrayList<>();
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      double seconds = rebuild.rebuildSeconds();
      long rows = rebuild.projectedRows();
      if (rows != REBUILD_EVENTS) {
        throw new IllegalStateException("the rebuild projected " + rows + " PIREPs, not " + REBUILD_EVENTS);
      }
      albatross.add(REBUILD_EVENTS / seconds);
      floor.add(REBUILD_EVENTS / rebuild.floorSeconds());
      Bench.log("rebuild round %d: albatross %.0f events/s, floor %.0f rows/s", round, albatross.get(round - 1),
          floor.get(round - 1));
    }
    report.rounds("rebuild", "albatross_eps", albatross);
    report.rounds("rebuild", "floor_eps", floor);
    double a = Bench.median(albatross);
    double f = Bench.median(floor);
    report.put("rebuild", "events", (long) REBUILD_EVENTS);
    report.put("rebuild", "albatross_eps", a);
    report.put("rebuild", "floor_eps", f);
    report.put("rebuild", "ratio", a / f);
    report.row("rebuild: " + REBUILD_EVENTS + " events (events/s) vs INSERT ... SELECT (rows/s)", Report.f(a),
        Report.f(f), Report.f(a / f), ">= 0.3", a / f >= 0.3);
  }
}

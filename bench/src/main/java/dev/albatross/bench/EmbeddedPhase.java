package dev.albatross.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The single jar in its default mode: start-up time, POST throughput against a bare route that
 * appends the same bytes to a file with the journal's fsync policy, peak RSS under that load.
 */
final class EmbeddedPhase extends BenchPhase {
  EmbeddedPhase(BenchRun run) {
    super(run);
  }

  @Override
  void run() throws IOException {
    Bench.log("embedded: start-up");
    List<Double> startups = new ArrayList<>();
    AppProcess app = null;
    Map<String, String> env = null;
    for (int i = 0; i < Bench.ROUNDS; i++) {
      if (app != null) {
        app.close();
      }
      int port = BenchRun.freePort();
      env = run.albatrossEnv(port, "all", null);
      // no heap limit: the throughput rounds file more PIREPs than make run's heap holds (see EmbeddedMemory)
      app = run.albatross("embedded-" + i, env, port);
      startups.add((double) app.awaitHealthy("/health", Duration.ofSeconds(60)));
    }
    report.rounds("startup", "to_healthy_ms", startups);
    Api.Pilot pilot = new Api(app.port()).setUpPilot("BNE");
    String created = new Api(app.port()).submitPirepRaw(pilot.token());
    Path journal = Path.of(env.get("ALBATROSS_DATA_DIR")).resolve("events-00000001.log");
    AppProcess floor = run.floorServer("floor-embedded", created, created, GroupCommitFile.lastRecord(journal));
    Path albatrossPost = Wrk.postScript(run.work(), "embedded-post", Bench.PIREP_JSON, pilot.token());
    Path floorPost = Wrk.postScript(run.work(), "floor-post", Bench.PIREP_JSON, null);
    String appUrl = "http://127.0.0.1:" + app.port() + "/api/pireps";
    String floorUrl = "http://127.0.0.1:" + floor.port() + "/floor";
    BenchRun.Comparison c = run.compareHttp("embedded", appUrl, albatrossPost, null, floorUrl, floorPost);
    double rss = app.peakRssMib();
    double startup = Bench.median(startups);
    report.put("embedded", "albatross_rps", c.albatross());
    report.put("embedded", "floor_rps", c.floor());
    report.put("embedded", "ratio", c.ratio());
    report.put("startup", "to_healthy_ms", startup);
    report.put("startup", "rss_mib_under_load", rss);
    report.row("embedded: POST /api/pireps vs bare route appending the same bytes, group fsync (req/s)",
        Report.f(c.albatross()), Report.f(c.floor()), Report.f(c.ratio()), ">= 0.5", c.ratio() >= 0.5);
    report.row("start-up: process start to /health 200 (ms)", Report.f(startup), "", "", "<= 3000", startup <= 3000);
    report.row("peak RSS during the embedded write run (MiB)", Report.f(rss), "", "", "<= 384", rss <= 384);
    app.close();
    floor.close();
  }
}

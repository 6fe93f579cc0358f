package dev.albatross.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default mode holding many PIREPs: files them through the API into a fresh data directory,
 * reads the RSS once a full GC has settled, restarts on the same directory and times it to
 * /health 200, then times a start on an empty directory. Run alone as
 * {@code albatross-bench.jar embedded-memory <albatross.jar> [pireps]} (bench/embedded-memory.sh).
 */
final class EmbeddedMemory {
  static final int CONCURRENCY = 32;
  private static final Pattern REPLAYED = Pattern.compile("(\\d+) replayed in (\\d+) ms");

  record Figures(long pireps, double rssMib, double peakRssMib, long restartMs, long replayedEvents, long replayMs,
      double restartRssMib, long emptyStartMs) {
    double eventsPerSecond() {
      return replayedEvents * 1000.0 / Math.max(1, replayMs);
    }

    void report(Report report) {
      Bench.log("restart: RSS %.1f MiB (peak %.1f), restart %d ms, %d events replayed in %d ms, empty start %d ms",
          rssMib, peakRssMib, restartMs, replayedEvents, replayMs, emptyStartMs);
      report.put("embedded", "rss_mib_100k", rssMib);
      report.put("embedded", "peak_rss_mib_100k", peakRssMib);
      report.put("embedded_restart", "ms_100k", (double) restartMs);
      report.put("embedded_restart", "events_per_s", eventsPerSecond());
      report.put("embedded_restart", "rss_mib_100k", restartRssMib);
      report.put("embedded_restart", "empty_ms", (double) emptyStartMs);
      String held = String.format(Locale.ROOT, "%,d PIREPs", pireps);
      report.row("embedded with " + held + ": RSS after a full GC (MiB)", Report.f(rssMib), "", "", "< 256",
          rssMib < 256);
      report.row("restart with " + held + " to /health 200 (ms)", Report.f(restartMs), "", "", "< 3000",
          restartMs < 3000);
      report.row("replay at restart (events/s)", Report.f(eventsPerSecond()), "", "", ">= 100000",
          eventsPerSecond() >= 100_000);
      report.row("empty start to /health 200 (ms)", Report.f(emptyStartMs), "", "", "< 1500", emptyStartMs < 1500);
    }
  }

  private final Path jar;
  private final Path work;

  EmbeddedMemory(Path jar, Path work) {
    this.jar = jar;
    this.work = work;
  }

  static void main(String[] args) throws IOException {
    int pireps = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path work = Files.createTempDirectory("albatross-embedded-memory");
    Figures f = new EmbeddedMemory(Path.of(args[0]).toAbsolutePath(), work).measure(pireps);
    System.out.printf("PIREPs filed:                %d%n", f.pireps());
    System.out.printf("RSS after a full GC:         %.1f MiB (peak %.1f MiB)%n", f.rssMib(), f.peakRssMib());
    System.out.printf("restart to /health 200:      %d ms (%d events replayed in %d ms, %.0f events/s)%n",
        f.restartMs(), f.replayedEvents(), f.replayMs(), f.eventsPerSecond());
    System.out.printf("RSS after the restart:       %.1f MiB%n", f.restartRssMib());
    System.out.printf("empty start to /health 200:  %d ms%n", f.emptyStartMs());
    System.out.println("logs: " + work);
    System.exit(0);
  }

  Figures measure(int pireps) {
    Path data = work.resolve("data-" + System.nanoTime());
    double rss;
    double peak;
    try (AppProcess app = start("embedded-filled", data)) {
      app.awaitHealthy("/health", Duration.ofSeconds(60));
      Api.Pilot pilot = new Api(app.port()).setUpPilot("MEM");
      Bench.log("embedded memory: filing %d PIREPs, %d at a time", pireps, CONCURRENCY);
      long began = System.nanoTime();
      file(app.port(), pilot.token(), pireps);
      Bench.log("embedded memory: filed in %d ms", (System.nanoTime() - began) / 1_000_000);
      rss = settledRssMib(app);
      peak = app.peakRssMib();
    }
    long restartMs;
    long[] replay;
    double restartRss;
    try (AppProcess restarted = start("embedded-restarted", data)) {
      restartMs = restarted.awaitHealthy("/health", Duration.ofSeconds(120));
      replay = replayed(restarted.log());
      restartRss = settledRssMib(restarted);
    }
    long emptyMs;
    try (AppProcess empty = start("embedded-empty", work.resolve("empty-" + System.nanoTime()))) {
      emptyMs = empty.awaitHealthy("/health", Duration.ofSeconds(60));
    }
    return new Figures(pireps, rss, peak, restartMs, replay[0], replay[1], restartRss, emptyMs);
  }

  private AppProcess start(String name, Path data) {
    int port = BenchRun.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("ALBATROSS_HTTP_PORT", Integer.toString(port));
    env.put("ALBATROSS_DATA_DIR", data.toString());
    env.put("ALBATROSS_ADMIN_EMAIL", Bench.ADMIN_EMAIL);
    env.put("ALBATROSS_ADMIN_PASSWORD", Bench.ADMIN_PASSWORD);
    return AppProcess.start(name, AppProcess.embeddedJar(jar), env, port, work);
  }

  /** POSTs the benchmark PIREP {@code count} times, {@link #CONCURRENCY} in flight; every answer must be 201. */
  static void file(int port, String token, int count) {
    Vertx vertx = Vertx.vertx();
    try {
      Filing filing = new Filing(vertx.createHttpClient(new HttpClientOptions().setDefaultPort(port)
          .setDefaultHost("127.0.0.1"), new PoolOptions().setHttp1MaxSize(CONCURRENCY)), token, count);
      vertx.runOnContext(v -> filing.start());
      filing.done.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("filing PIREPs failed: " + e.getMessage(), e);
    } finally {
      vertx.close();
    }
  }

  /** Keeps {@link #CONCURRENCY} POSTs in flight until {@code count} have answered. */
  private static final class Filing {
    private final HttpClient client;
    private final RequestOptions request;
    private final Buffer body = Buffer.buffer(Bench.PIREP_JSON);
    private final int count;
    private final Promise<Void> done = Promise.promise();
    private int sent;
    private int answered;

    Filing(HttpClient client, String token, int count) {
      this.client = client;
      this.request = new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/pireps")
          .putHeader("Content-Type", "application/json").putHeader("Authorization", "Bearer " + token);
      this.count = count;
    }

    void start() {
      for (int i = 0; i < CONCURRENCY; i++) {
        next();
      }
    }

    /** Runs on the one context of the client, so the counts need no lock. */
    private void next() {
      if (sent == count) {
        return;
      }
      sent++;
      client.request(request).compose(r -> r.send(body))
          .compose(r -> r.statusCode() == 201 ? r.body() : Future.failedFuture("POST answered " + r.statusCode()))
          .onComplete(b -> {
            if (++answered == count) {
              done.tryComplete();
            }
            next();
          }, done::tryFail);
    }
  }

  /** VmRSS once a full GC has run and the process has had two seconds to give memory back. */
  static double settledRssMib(AppProcess app) {
    Path jcmd = Path.of(AppProcess.javaBinary()).resolveSibling("jcmd");
    Sh.run(Duration.ofSeconds(60), List.of(jcmd.toString(), Long.toString(app.pid()), "GC.run")).orFail("jcmd GC.run");
    Bench.sleep(2000);
    return app.rssMib("VmRSS:");
  }

  /** The count and milliseconds of the start's replay, from its log line. */
  static long[] replayed(Path log) {
    try {
      Matcher m = REPLAYED.matcher(Files.readString(log));
      if (!m.find()) {
        throw new IllegalStateException("no replay line in " + log);
      }
      return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

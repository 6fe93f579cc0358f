package dev.albatross.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar albatross-bench.jar <albatross.jar> <results-dir> [phases]}: measures Albatross
 * against floors on the local PostgreSQL, RabbitMQ and Redis (see docs/benchmarks.md), prints the
 * table and writes {@code latest.json}. Phases: embedded, restart (the default mode holding
 * 100,000 PIREPs), write, live (read and live), rebuild.
 */
public final class BenchMain {
  static final List<String> PHASES = List.of("embedded", "restart", "write", "live", "rebuild");
  private static final int RESTART_PIREPS = 100_000;
  private static final int LIVE_RATE = Integer.parseInt(System.getenv().getOrDefault("ALBATROSS_BENCH_LIVE_RATE", "200"));
  private static final int REBUILD_EVENTS = 100_000;
  private static final String PG = "postgresql://postgres@127.0.0.1:5432/";
  private static final String REDIS = "redis://127.0.0.1:6379";

  private final Path jar;
  private final Path benchJar;
  private final Path results;
  private final Path work;
  private final String stamp;
  private final Report report;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final Set<String> databases = new LinkedHashSet<>();
  private String vhost;

  private BenchMain(Path jar, Path benchJar, Path results, Path work, String stamp, Report report) {
    this.jar = jar;
    this.benchJar = benchJar;
    this.results = results;
    this.work = work;
    this.stamp = stamp;
    this.report = report;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("floor-server")) {
      FloorServer.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("embedded-memory")) {
      EmbeddedMemory.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length < 2) {
      System.err.println("usage: albatross-bench.jar <albatross.jar> <results-dir> [embedded,restart,write,live,rebuild]");
      System.exit(2);
    }
    Set<String> phases = new LinkedHashSet<>(args.length > 2 ? Arrays.asList(args[2].split(",")) : PHASES);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    Path benchJar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path results = Path.of(args[1]).toAbsolutePath();
    Path work = Files.createDirectories(results.resolve("work-" + stamp));
    JsonObject machine = Machine.describe();
    Report report = new Report(machine);
    BenchMain bench = new BenchMain(Path.of(args[0]).toAbsolutePath(), benchJar, results, work, stamp, report);
    long began = System.nanoTime();
    int exit = 0;
    try {
      bench.run(phases);
    } catch (RuntimeException e) {
      e.printStackTrace();
      exit = 1;
    } finally {
      bench.cleanUp();
    }
    machine.put("loadAverageAtEnd", Machine.loadAverage());
    machine.put("durationSeconds", (System.nanoTime() - began) / 1_000_000_000L);
    report.write(results, stamp);
    System.out.println();
    System.out.println("Machine: " + machine.encode());
    System.out.println();
    System.out.print(report.table());
    System.out.println();
    System.out.println("Written: " + results.resolve("latest.json") + " (all rounds: run-" + stamp + ".json)");
    System.exit(exit);
  }

  private void run(Set<String> phases) throws IOException {
    if (phases.contains("embedded")) {
      embedded();
    }
    if (phases.contains("restart")) {
      restart();
    }
    if (phases.contains("write")) {
      write();
    }
    if (phases.contains("live")) {
      readAndLive();
    }
    if (phases.contains("rebuild")) {
      rebuild();
    }
  }

  /**
   * The single jar in its default mode: start-up time, POST throughput against a bare route that
   * appends the same bytes to a file with the journal's fsync policy, peak RSS under that load.
   */
  private void embedded() throws IOException {
    Bench.log("embedded: start-up");
    List<Double> startups = new ArrayList<>();
    AppProcess app = null;
    Map<String, String> env = null;
    for (int i = 0; i < Bench.ROUNDS; i++) {
      if (app != null) {
        app.close();
      }
      int port = freePort();
      env = albatrossEnv(port, "all", null);
      // no heap limit: the throughput rounds file more PIREPs than make run's heap holds (see restart())
      app = started(AppProcess.start("embedded-" + i, AppProcess.javaJar(jar), env, port, work));
      startups.add((double) app.awaitHealthy("/health", Duration.ofSeconds(60)));
    }
    report.rounds("startup", "to_healthy_ms", startups);
    Api.Pilot pilot = new Api(app.port()).setUpPilot("BNE");
    String created = new Api(app.port()).submitPirepRaw(pilot.token());
    Path journal = Path.of(env.get("ALBATROSS_DATA_DIR")).resolve("events-00000001.log");
    AppProcess floor = floorServer("floor-embedded", created, created, GroupCommitFile.lastRecord(journal));
    Path albatrossPost = Wrk.postScript(work, "embedded-post", Bench.PIREP_JSON, pilot.token());
    Path floorPost = Wrk.postScript(work, "floor-post", Bench.PIREP_JSON, null);
    String appUrl = "http://127.0.0.1:" + app.port() + "/api/pireps";
    String floorUrl = "http://127.0.0.1:" + floor.port() + "/floor";
    Comparison c = compareHttp("embedded", appUrl, albatrossPost, null, floorUrl, floorPost);
    double rss = app.peakRssMib();
    double startup = Bench.median(startups);
    report.put("embedded", "albatross_rps", c.albatross);
    report.put("embedded", "floor_rps", c.floor);
    report.put("embedded", "ratio", c.albatross / c.floor);
    report.put("startup", "to_healthy_ms", startup);
    report.put("startup", "rss_mib_under_load", rss);
    report.row("embedded: POST /api/pireps vs bare route appending the same bytes, group fsync (req/s)",
        Report.f(c.albatross), Report.f(c.floor), Report.f(c.albatross / c.floor), ">= 0.5", c.albatross / c.floor >= 0.5);
    report.row("start-up: process start to /health 200 (ms)", Report.f(startup), "", "", "<= 3000", startup <= 3000);
    report.row("peak RSS during the embedded write run (MiB)", Report.f(rss), "", "", "<= 384", rss <= 384);
    app.close();
    floor.close();
  }

  /** The default mode holding {@link #RESTART_PIREPS} PIREPs: RSS, restart and replay, and an empty start. */
  private void restart() {
    new EmbeddedMemory(jar, work).measure(RESTART_PIREPS).report(report);
  }

  /** POST /api/pireps through one gateway on PostgreSQL against pgbench's single-row inserts. */
  private void write() {
    String db = database("write");
    int port = freePort();
    AppProcess gateway = started(AppProcess.start("write-gateway", AppProcess.javaJar(jar),
        albatrossEnv(port, "gateway", db), port, work));
    gateway.awaitHealthy("/health", Duration.ofSeconds(90));
    Api.Pilot pilot = new Api(port).setUpPilot("BNW");
    PgBench pgbench = PgBench.prepare(db, work, pilot.tenantId(), pilot.userId());
    Path post = Wrk.postScript(work, "write-post", Bench.PIREP_JSON, pilot.token());
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
      Wrk.Result r = checked(Wrk.run(url, post, null, Bench.ROUND_SECONDS));
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

  /** Two gateways and a worker on PostgreSQL, RabbitMQ and Redis: cached reads, then live latency. */
  private void readAndLive() throws IOException {
    String db = database("live");
    int workerPort = freePort();
    int port1 = freePort();
    int port2 = freePort();
    started(AppProcess.start("live-worker", AppProcess.javaJar(jar), albatrossEnv(workerPort, "worker", db), workerPort,
        work)).awaitHealthy("/health", Duration.ofSeconds(90));
    started(AppProcess.start("live-gateway-1", AppProcess.javaJar(jar), albatrossEnv(port1, "gateway", db), port1, work))
        .awaitHealthy("/health", Duration.ofSeconds(90));
    started(AppProcess.start("live-gateway-2", AppProcess.javaJar(jar), albatrossEnv(port2, "gateway", db), port2, work))
        .awaitHealthy("/health", Duration.ofSeconds(90));
    Api api = new Api(port1);
    Api.Pilot pilot = api.setUpPilot("BNL");
    String id = new JsonObject(api.submitPirepRaw(pilot.token())).getString("id");
    String body = projected(api, "/api/pireps/" + id, pilot.token());
    read(port1, id, pilot.token(), body);
    live(port1, port2, pilot);
  }

  private void read(int port, String id, String token, String body) throws IOException {
    AppProcess floor = floorServer("floor-read", body, body);
    Comparison c = compareHttp("read", "http://127.0.0.1:" + port + "/api/pireps/" + id, null, token,
        "http://127.0.0.1:" + floor.port() + "/floor", null);
    floor.close();
    report.put("read", "albatross_rps", c.albatross);
    report.put("read", "floor_rps", c.floor);
    report.put("read", "ratio", c.albatross / c.floor);
    report.row("read: GET /api/pireps/{id} cached vs bare route (req/s)", Report.f(c.albatross), Report.f(c.floor),
        Report.f(c.albatross / c.floor), ">= 0.5", c.albatross / c.floor >= 0.5);
  }

  private void live(int port1, int port2, Api.Pilot pilot) {
    Vertx vertx = Vertx.vertx();
    try {
      LiveProbe probe = new LiveProbe(vertx, port1, port2, pilot.token(), pilot.tenantId());
      RedisFloor redis = new RedisFloor(vertx, REDIS);
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

  /** rebuild-projections over PIREP submissions against INSERT ... SELECT of the same rows. */
  private void rebuild() throws IOException {
    String db = database("rebuild");
    RebuildBench rebuild = new RebuildBench(jar, db, Map.of("ALBATROSS_PG_URL", PG + db,
        "ALBATROSS_JWT_SECRET", Bench.JWT_SECRET), work);
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

  private record Comparison(double albatross, double floor) {}

  /** Warm-up, then floor and Albatross alternately, {@link Bench#ROUNDS} rounds each; medians. */
  private Comparison compareHttp(String name, String appUrl, Path appScript, String token, String floorUrl,
      Path floorScript) {
    Bench.log("%s: warm-up", name);
    Bench.log("%s: floor warm after %d s", name, Wrk.warmUp(floorUrl, floorScript, null));
    Bench.log("%s: warm after %d s", name, Wrk.warmUp(appUrl, appScript, token));
    List<Double> floor = new ArrayList<>();
    List<Double> albatross = new ArrayList<>();
    for (int round = 1; round <= Bench.ROUNDS; round++) {
      floor.add(checked(Wrk.run(floorUrl, floorScript, null, Bench.ROUND_SECONDS)).rps());
      albatross.add(checked(Wrk.run(appUrl, appScript, token, Bench.ROUND_SECONDS)).rps());
      Bench.log("%s round %d: floor %.0f req/s, albatross %.0f req/s", name, round, floor.get(round - 1),
          albatross.get(round - 1));
    }
    report.rounds(name, "floor_rps", floor);
    report.rounds(name, "albatross_rps", albatross);
    return new Comparison(Bench.median(albatross), Bench.median(floor));
  }

  private static Wrk.Result checked(Wrk.Result r) {
    if (r.non2xx() > 0 || !r.socketErrors().isEmpty()) {
      throw new IllegalStateException("wrk saw failures: " + r.non2xx() + " non-2xx responses " + r.socketErrors());
    }
    return r;
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

  private AppProcess floorServer(String name, String getBody, String postBody) throws IOException {
    return floorServer(name, getBody, postBody, null);
  }

  /** A floor server; with {@code record}, its POST appends those bytes to a file of its own first. */
  private AppProcess floorServer(String name, String getBody, String postBody, byte[] record) throws IOException {
    Path get = Files.writeString(work.resolve(name + "-get.json"), getBody);
    Path post = Files.writeString(work.resolve(name + "-post.json"), postBody);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(AppProcess.javaBinary(), "-jar", benchJar.toString(),
        "floor-server", Integer.toString(port), get.toString(), post.toString()));
    if (record != null) {
      command.add(Files.write(work.resolve(name + "-record.bin"), record).toString());
      command.add(work.resolve(name + "-appended.log").toString());
    }
    AppProcess floor = started(AppProcess.start(name, command, Map.of(), port, work));
    floor.awaitHealthy("/health", Duration.ofSeconds(30));
    return floor;
  }

  private Map<String, String> albatrossEnv(int port, String roles, String db) {
    Map<String, String> env = new HashMap<>();
    env.put("ALBATROSS_HTTP_PORT", Integer.toString(port));
    env.put("ALBATROSS_ROLES", roles);
    env.put("ALBATROSS_JWT_SECRET", Bench.JWT_SECRET);
    env.put("ALBATROSS_ADMIN_EMAIL", Bench.ADMIN_EMAIL);
    env.put("ALBATROSS_ADMIN_PASSWORD", Bench.ADMIN_PASSWORD);
    if (db == null) {
      // the default mode keeps its events in a journal: a fresh one for each process
      env.put("ALBATROSS_DATA_DIR", work.resolve("data-" + port + "-" + System.nanoTime()).toString());
    } else {
      env.put("ALBATROSS_PG_URL", PG + db);
      env.put("ALBATROSS_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/" + vhost());
      env.put("ALBATROSS_REDIS_URL", REDIS);
    }
    return env;
  }

  private String database(String purpose) {
    String name = "albatross_bench_" + stamp + "_" + purpose;
    Sh.psql("postgres", "create database " + name + ";");
    databases.add(name);
    return name;
  }

  /**
   * A RabbitMQ virtual host of this run's own, like its databases: queues left by other runs or
   * other users of the broker neither feed nor slow its workers.
   */
  private String vhost() {
    if (vhost == null) {
      String name = "albatross_bench_" + stamp;
      Sh.run(Duration.ofSeconds(60), List.of("rabbitmqctl", "-q", "add_vhost", name)).orFail("rabbitmqctl add_vhost");
      Sh.run(Duration.ofSeconds(60), List.of("rabbitmqctl", "-q", "set_permissions", "-p", name, "guest", ".*", ".*", ".*"))
          .orFail("rabbitmqctl set_permissions");
      vhost = name;
    }
    return vhost;
  }

  private AppProcess started(AppProcess process) {
    open.add(process);
    return process;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void cleanUp() {
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        Bench.log("could not stop a process: %s", e);
      }
    }
    for (String db : databases) {
      Sh.run(Duration.ofSeconds(60), List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-q", "-d", "postgres",
          "-c", "drop database if exists " + db + " with (force)"));
    }
    if (vhost != null) {
      Sh.run(Duration.ofSeconds(60), List.of("rabbitmqctl", "-q", "delete_vhost", vhost));
    }
    try (var files = Files.list(work)) {
      files.filter(p -> !p.toString().endsWith(".log")).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      Bench.log("could not tidy %s: %s", work, e);
    }
  }
}

package dev.albatross.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the phases of one benchmark run share: the jars, the work directory, the report, and the
 * processes, databases and virtual host they start, all stopped or dropped by {@link #cleanUp}.
 */
final class BenchRun {
  static final String PG = "postgresql://postgres@127.0.0.1:5432/";
  static final String REDIS = "redis://127.0.0.1:6379";

  private final Path jar;
  private final Path benchJar;
  private final Path work;
  private final String stamp;
  private final Report report;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final Set<String> databases = new LinkedHashSet<>();
  private String vhost;

  BenchRun(Path jar, Path benchJar, Path work, String stamp, Report report) {
    this.jar = jar;
    this.benchJar = benchJar;
    this.work = work;
    this.stamp = stamp;
    this.report = report;
  }

  /** The Albatross jar measured. */
  Path jar() {
    return jar;
  }

  Path work() {
    return work;
  }

  Report report() {
    return report;
  }

  /** An Albatross process on {@code port} with {@code env}, stopped at the end of the run. */
  AppProcess albatross(String name, Map<String, String> env, int port) {
    return started(AppProcess.start(name, AppProcess.javaJar(jar), env, port, work));
  }

  /** An Albatross process in {@code roles} on the services with {@code db}, once healthy; answers its port. */
  int albatrossOn(String name, String roles, String db) {
    int port = freePort();
    albatross(name, albatrossEnv(port, roles, db), port).awaitHealthy("/health", Duration.ofSeconds(90));
    return port;
  }

  /** The environment of an Albatross process: in its default mode without {@code db}, else on the services. */
  Map<String, String> albatrossEnv(int port, String roles, String db) {
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

  /** A database of this run's own for {@code purpose}. */
  String database(String purpose) {
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

  AppProcess floorServer(String name, String getBody, String postBody) throws IOException {
    return floorServer(name, getBody, postBody, null);
  }

  /** A floor server; with {@code record}, its POST appends those bytes to a file of its own first. */
  AppProcess floorServer(String name, String getBody, String postBody, byte[] record) throws IOException {
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

  record Comparison(double albatross, double floor) {
    double ratio() {
      return albatross / floor;
    }
  }

  /** Warm-up, then floor and Albatross alternately, {@link Bench#ROUNDS} rounds each; medians. */
  Comparison compareHttp(String name, String appUrl, Path appScript, String token, String floorUrl, Path floorScript) {
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

  /** {@code r}, unless wrk saw a failed request. */
  static Wrk.Result checked(Wrk.Result r) {
    if (r.non2xx() > 0 || !r.socketErrors().isEmpty()) {
      throw new IllegalStateException("wrk saw failures: " + r.non2xx() + " non-2xx responses " + r.socketErrors());
    }
    return r;
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

  void cleanUp() {
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

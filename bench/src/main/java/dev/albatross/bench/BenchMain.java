package dev.albatross.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar albatross-bench.jar <albatross.jar> <results-dir> [phases]}: measures Albatross
 * against floors on the local PostgreSQL, RabbitMQ and Redis (see docs/benchmarks.md), prints the
 * table and writes {@code latest.json}. Phases, each a class of its own: embedded
 * ({@link EmbeddedPhase}), restart (the default mode holding 100,000 PIREPs, {@link EmbeddedMemory}),
 * write ({@link WritePhase}), live (read and live, {@link ReadAndLivePhase}), rebuild
 * ({@link RebuildPhase}), flights (live flights: positions, FlightMoved, a long track, {@link FlightsPhase}).
 */
public final class BenchMain {
  private static final int RESTART_PIREPS = 100_000;

  /** One phase of a run. */
  private interface Phase {
    void run(BenchRun run) throws IOException;
  }

  /** The phases by name, in the order they run. */
  private static final Map<String, Phase> PHASES = phases();

  private BenchMain() {}

  private static Map<String, Phase> phases() {
    Map<String, Phase> phases = new LinkedHashMap<>();
    phases.put("embedded", run -> new EmbeddedPhase(run).run());
    phases.put("restart", run -> new EmbeddedMemory(run.jar(), run.work()).measure(RESTART_PIREPS).report(run.report()));
    phases.put("write", run -> new WritePhase(run).run());
    phases.put("live", run -> new ReadAndLivePhase(run).run());
    phases.put("rebuild", run -> new RebuildPhase(run).run());
    phases.put("flights", run -> new FlightsPhase(run).run());
    return phases;
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
      System.err.println("usage: albatross-bench.jar <albatross.jar> <results-dir> [" + String.join(",", PHASES.keySet())
          + "]");
      System.exit(2);
    }
    Set<String> phases = new LinkedHashSet<>(args.length > 2 ? Arrays.asList(args[2].split(",")) : PHASES.keySet());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    Path benchJar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path results = Path.of(args[1]).toAbsolutePath();
    Path work = Files.createDirectories(results.resolve("work-" + stamp));
    JsonObject machine = Machine.describe();
    Report report = new Report(machine);
    BenchRun run = new BenchRun(Path.of(args[0]).toAbsolutePath(), benchJar, work, stamp, report);
    long began = System.nanoTime();
    int exit = 0;
    try {
      runPhases(run, phases);
    } catch (RuntimeException e) {
      e.printStackTrace();
      exit = 1;
    } finally {
      run.cleanUp();
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

  /** The phases asked for, in their usual order. */
  private static void runPhases(BenchRun run, Set<String> asked) throws IOException {
    for (Map.Entry<String, Phase> phase : PHASES.entrySet()) {
      if (asked.contains(phase.getKey())) {
        phase.getValue().run(run);
      }
    }
  }
}

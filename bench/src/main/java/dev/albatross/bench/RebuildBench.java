package dev.albatross.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuild: {@code rebuild-projections} over an event store of PIREP submissions, against the
 * floor of copying the same rows into a table shaped like the read model with one
 * {@code INSERT ... SELECT}.
 */
final class RebuildBench {
  private static final Pattern TIME = Pattern.compile("Time: ([0-9.]+) ms");
  private static final Pattern DONE = Pattern.compile("rebuild-projections: done, (\\d+) events");
  private static final long LIMIT_SECONDS = 300;

  private final Path jar;
  private final String database;
  private final Map<String, String> env;
  private final Path dir;

  RebuildBench(Path jar, String database, Map<String, String> env, Path dir) {
    this.jar = jar;
    this.database = database;
    this.env = env;
    this.dir = dir;
  }

  /** Migrates the empty database (a first, empty rebuild does), then stores {@code events} PIREP submissions. */
  void seed(int events) throws IOException {
    rebuildSeconds();
    UUID tenant = UUID.randomUUID();
    UUID pilot = UUID.randomUUID();
    Path csv = dir.resolve("rebuild-events.csv");
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      for (int i = 0; i < events; i++) {
        UUID pirep = UUID.randomUUID();
        out.write(UUID.randomUUID() + "," + pirep + ",Pirep,1," + tenant + ",PirepSubmitted,"
            + Payloads.hex(Payloads.pirepSubmitted(pirep, tenant, pilot)) + "," + pilot + ","
            + base.plusMillis(i) + "," + UUID.randomUUID() + "," + UUID.randomUUID() + "\n");
      }
    }
    Sh.psql(database, "\\copy events (event_id, stream_id, stream_type, version, tenant_id, event_type, payload, "
        + "actor_id, occurred_at, correlation_id, causation_id) from '" + csv + "' with (format csv)\n"
        + "vacuum analyze events;\n"
        + "create table pireps_floor (like pireps including all);\n");
    Files.delete(csv);
  }

  /**
   * Runs the command; answers the seconds from the start of its replay (connected and migrated)
   * to its done line: the JVM's start, the connection and the migration check are not replaying.
   */
  double rebuildSeconds() {
    try {
      ProcessBuilder builder = new ProcessBuilder(AppProcess.javaJar(jar, "rebuild-projections")).redirectErrorStream(true);
      builder.environment().keySet().removeIf(k -> k.startsWith("ALBATROSS_"));
      builder.environment().putAll(env);
      Process process = builder.start();
      Thread watchdog = new Thread(() -> {
        try {
          if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      watchdog.setDaemon(true);
      watchdog.start();
      long began = 0;
      long ended = 0;
      StringBuilder output = new StringBuilder();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          long now = System.nanoTime();
          output.append(line).append('\n');
          if (began == 0 && line.contains("Rebuilding read models")) {
            began = now;
          }
          Matcher done = DONE.matcher(line);
          if (done.find()) {
            ended = now;
          }
        }
      }
      if (process.waitFor() != 0 || began == 0 || ended == 0) {
        throw new IllegalStateException("rebuild-projections failed or timed out:\n" + output);
      }
      return (ended - began) / 1e9;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  long projectedRows() {
    return Long.parseLong(Sh.psqlValue(database, "select count(*) from pireps"));
  }

  /** The floor: the same rows into an empty table shaped like {@code pireps}, one statement, as psql times it. */
  double floorSeconds() {
    Sh.psql(database, "truncate pireps_floor;");
    String out = Sh.psql(database, "\\timing on\ninsert into pireps_floor select * from pireps;\n").output();
    Matcher m = TIME.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no timing from psql:\n" + out);
    }
    return Double.parseDouble(m.group(1)) / 1000;
  }
}

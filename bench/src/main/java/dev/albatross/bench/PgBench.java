package dev.albatross.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write floor: pgbench, prepared statements, 16 clients, each transaction one single-row
 * INSERT of a PIREP event (the same payload bytes Albatross stores) into a copy of {@code events}
 * with the same columns, defaults, constraints and indexes. Durability is the server's, as for Albatross.
 */
final class PgBench {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  private final String database;
  private final Path script;

  private PgBench(String database, Path script) {
    this.database = database;
    this.script = script;
  }

  /** Creates {@code bench_events} like {@code events} (which must exist) and the pgbench script. */
  static PgBench prepare(String database, Path dir, String tenantId, String pilotId) {
    Sh.psql(database, "create table bench_events (like events including all);\n"
        + "create sequence bench_events_position_seq owned by bench_events.position;\n"
        + "alter table bench_events alter column position set default nextval('bench_events_position_seq');\n");
    String payload = Payloads.hex(Payloads.pirepSubmitted(UUID.randomUUID(), UUID.fromString(tenantId),
        UUID.fromString(pilotId)));
    String sql = "insert into bench_events (event_id, stream_id, stream_type, version, tenant_id, event_type, payload, "
        + "actor_id, occurred_at, correlation_id, causation_id) values (gen_random_uuid(), gen_random_uuid(), 'Pirep', 1, '"
        + tenantId + "', 'PirepSubmitted', '" + payload + "'::bytea, '" + pilotId + "', now(), gen_random_uuid(), "
        + "gen_random_uuid());\n";
    try {
      return new PgBench(database, Files.writeString(dir.resolve("pgbench-insert.sql"), sql));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  double run(int seconds) {
    return tps(database, script, seconds);
  }

  /** pgbench with the write floor's clients and threads running {@code script} for {@code seconds}; its tps. */
  static double tps(String database, Path script, int seconds) {
    String out = Sh.run(Duration.ofSeconds(seconds + 30L), List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres",
        "-n", "-M", "prepared", "-c", Integer.toString(Wrk.CONNECTIONS), "-j", Integer.toString(Wrk.THREADS),
        "-T", Integer.toString(seconds), "-f", script.toString(), database)).orFail("pgbench").output();
    Matcher m = TPS.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("unexpected pgbench output:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }
}

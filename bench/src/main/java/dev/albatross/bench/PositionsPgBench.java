package dev.albatross.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ingest floor: pgbench, prepared statements, as many clients as the write floor, each
 * transaction one INSERT of a batch of rows into {@code bench_positions}, a copy of
 * {@code positions} (same columns, key and defaults). Like the harness's batches, each goes to
 * one of as many flights as the phase posts to, in turn, with the next {@code seq}s of that flight.
 */
final class PositionsPgBench {
  private final String database;
  private final Path script;
  private final int batchSize;

  private PositionsPgBench(String database, Path script, int batchSize) {
    this.database = database;
    this.script = script;
    this.batchSize = batchSize;
  }

  static PositionsPgBench prepare(String database, Path dir, int flights, int batchSize) {
    Sh.psql(database, "create table bench_positions (like positions including all);\n"
        + "create sequence bench_positions_batch;\n");
    String sql = "insert into bench_positions (flight_id, seq, at, lat, lon, altitude_ft, heading_deg, ground_speed_kt, "
        + "vertical_speed_fpm, on_ground) select ('00000000-0000-4000-8000-' || lpad((b.n % " + flights
        + ")::text, 12, '0'))::uuid, (b.n / " + flights + ")::int * " + batchSize + " + s, "
        + "timestamptz '2026-01-01 00:00:00+00' + s * interval '1 second', 51.5, -179.0 + s * 0.002, 35000, 90.0, 450, 0, "
        + "false from (select nextval('bench_positions_batch') as n) b, generate_series(0, " + (batchSize - 1) + ") s;\n";
    try {
      return new PositionsPgBench(database, Files.writeString(dir.resolve("pgbench-positions.sql"), sql), batchSize);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows inserted per second over a run of {@code seconds}. */
  double run(int seconds) {
    return PgBench.tps(database, script, seconds) * batchSize;
  }
}

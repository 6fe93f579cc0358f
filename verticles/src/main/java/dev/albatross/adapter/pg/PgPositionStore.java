package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.port.PositionStore;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Positions in the {@code positions} table, keyed by {@code (flight_id, seq)}. A batch is one
 * statement, one round trip: it inserts what is new and, in the same statement, reads the
 * flight's newest position and its distance over the rows stored before it and those it inserted.
 */
public final class PgPositionStore implements PositionStore {
  private static final String COLUMNS =
      "seq, at, lat, lon, altitude_ft, heading_deg, ground_speed_kt, vertical_speed_fpm, on_ground";

  private static final String RECORD = """
      with batch as (
        select * from unnest($2::int[], $3::timestamptz[], $4::float8[], $5::float8[], $6::int[], $7::float8[],
          $8::int[], $9::int[], $10::boolean[]) with ordinality
          as b(%1$s, n)
      ), firsts as (
        select distinct on (seq) %1$s from batch order by seq, n
      ), inserted as (
        insert into positions (flight_id, %1$s) select $1, %1$s from firsts
        on conflict (flight_id, seq) do nothing
        returning %1$s
      ), track as (
        select %1$s from positions where flight_id = $1
        union all
        select %1$s from inserted
      ), legs as (
        select *, lag(lat) over w as lat0, lag(lon) over w as lon0 from track window w as (order by seq)
      )
      select (select count(*) from inserted) as accepted,
        (select coalesce(sum(2 * %2$s * asin(least(1, sqrt(
           power(sin(radians(lat - lat0) / 2), 2) + cos(radians(lat0)) * cos(radians(lat)) * power(sin(radians(lon - lon0) / 2), 2)
         )))), 0) from legs where lat0 is not null) as distance_nm,
        newest.*
      from (select 1) one left join (select %1$s from track order by seq desc limit 1) newest on true
      """.formatted(COLUMNS, GreatCircle.EARTH_RADIUS_NM);

  private final Pool pool;

  public PgPositionStore(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<PositionBatchSummary> record(UUID flightId, List<Position> positions) {
    return pool.preparedQuery(RECORD).execute(parameters(flightId, positions)).map(rows -> {
      Row row = rows.iterator().next();
      int accepted = row.getInteger("accepted");
      Position newest = row.getInteger("seq") == null ? null : position(row);
      return new PositionBatchSummary(accepted, positions.size() - accepted, newest, row.getDouble("distance_nm"));
    });
  }

  @Override
  public Future<List<Position>> track(UUID flightId) {
    return pool.preparedQuery("select " + COLUMNS + " from positions where flight_id = $1 order by seq")
        .execute(Tuple.of(flightId))
        .map(rows -> {
          List<Position> track = new ArrayList<>(rows.size());
          rows.forEach(row -> track.add(position(row)));
          return track;
        });
  }

  private static Tuple parameters(UUID flightId, List<Position> positions) {
    int n = positions.size();
    Integer[] seq = new Integer[n];
    OffsetDateTime[] at = new OffsetDateTime[n];
    Double[] lat = new Double[n];
    Double[] lon = new Double[n];
    Integer[] altitude = new Integer[n];
    Double[] heading = new Double[n];
    Integer[] speed = new Integer[n];
    Integer[] vertical = new Integer[n];
    Boolean[] onGround = new Boolean[n];
    for (int i = 0; i < n; i++) {
      Position p = positions.get(i);
      seq[i] = p.seq();
      at[i] = time(p.at());
      lat[i] = p.lat();
      lon[i] = p.lon();
      altitude[i] = p.altitudeFt();
      heading[i] = p.headingDeg();
      speed[i] = p.groundSpeedKt();
      vertical[i] = p.verticalSpeedFpm();
      onGround[i] = p.onGround();
    }
    return Tuple.of(flightId, seq, at, lat, lon, altitude).addValue(heading).addValue(speed).addValue(vertical)
        .addValue(onGround);
  }

  private static Position position(Row row) {
    return position(row, "");
  }

  /** The position in the row's columns named as in {@code positions}, each after {@code prefix}. */
  static Position position(Row row, String prefix) {
    return new Position(row.getInteger(prefix + "seq"), instant(row, prefix + "at"), row.getDouble(prefix + "lat"),
        row.getDouble(prefix + "lon"), row.getInteger(prefix + "altitude_ft"), row.getDouble(prefix + "heading_deg"),
        row.getInteger(prefix + "ground_speed_kt"), row.getInteger(prefix + "vertical_speed_fpm"),
        row.getBoolean(prefix + "on_ground"));
  }
}

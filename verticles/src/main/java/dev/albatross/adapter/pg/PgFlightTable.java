package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.enumValue;
import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.name;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.FlightQueries.FlightFilter;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The {@code flights} table: one row per flight, its newest position in the {@code last_} columns. */
final class PgFlightTable extends PgVersionedTable<FlightView> {
  PgFlightTable() {
    super("flights", columns("id", UUID.class, "tenant_id", UUID.class, "pilot_id", UUID.class,
        "pilot_name", String.class, "flight_number", String.class, "departure", String.class, "arrival", String.class,
        "aircraft_type", String.class, "route", String.class, "client", String.class, "status", String.class,
        "started_at", OffsetDateTime.class, "last_seen_at", OffsetDateTime.class, "last_seq", Integer.class,
        "last_at", OffsetDateTime.class, "last_lat", Double.class, "last_lon", Double.class,
        "last_altitude_ft", Integer.class, "last_heading_deg", Double.class, "last_ground_speed_kt", Integer.class,
        "last_vertical_speed_fpm", Integer.class, "last_on_ground", Boolean.class, "distance_flown_nm", Double.class,
        "pirep_id", UUID.class, "version", Long.class), PgFlightTable::view);
  }

  @Override
  long version(FlightView row) {
    return row.version();
  }

  @Override
  Tuple values(FlightView f) {
    FlightPlan plan = f.plan();
    List<Object> values = new ArrayList<>(Arrays.asList(f.id(), f.tenantId(), f.pilotId(), f.pilotName(),
        plan.flightNumber(), plan.departure(), plan.arrival(), plan.aircraftType(), plan.route(), plan.client(),
        name(f.status()), time(f.startedAt()), time(f.lastSeenAt())));
    Position p = f.lastPosition();
    values.addAll(p == null
        ? Arrays.asList(null, null, null, null, null, null, null, null, null)
        : Arrays.asList(p.seq(), time(p.at()), p.lat(), p.lon(), p.altitudeFt(), p.headingDeg(), p.groundSpeedKt(),
            p.verticalSpeedFpm(), p.onGround()));
    values.addAll(Arrays.asList(f.distanceFlownNm(), f.pirepId(), f.version()));
    return Tuple.from(values);
  }

  Future<Page<FlightView>> page(SqlClient client, FlightFilter filter, PageRequest page) {
    return new PgPageQuery(select(), "started_at")
        .whereIfPresent("tenant_id", filter.tenantId(), id -> id)
        .where("status", filter.status().name())
        .page(client, page, this::map, f -> new Cursor(f.startedAt(), f.id()));
  }

  private static FlightView view(Row row) {
    FlightPlan plan = new FlightPlan(row.getString("flight_number"), row.getString("departure"),
        row.getString("arrival"), row.getString("aircraft_type"), row.getString("route"), row.getString("client"));
    Position last = row.getInteger("last_seq") == null ? null : PgPositionStore.position(row, "last_");
    return new FlightView(row.getUUID("id"), row.getUUID("tenant_id"), row.getUUID("pilot_id"),
        row.getString("pilot_name"), plan, enumValue(row, "status", FlightStatus::valueOf), instant(row, "started_at"),
        instant(row, "last_seen_at"), last, row.getDouble("distance_flown_nm"), row.getUUID("pirep_id"),
        row.getLong("version"));
  }
}

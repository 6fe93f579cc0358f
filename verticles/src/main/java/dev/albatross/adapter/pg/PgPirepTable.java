package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.enumValue;
import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.name;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.PirepFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.PirepView;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.util.UUID;

final class PgPirepTable extends PgVersionedTable<PirepView> {
  PgPirepTable() {
    super("pireps", columns("id", UUID.class, "tenant_id", UUID.class, "pilot_id", UUID.class,
        "pilot_name", String.class, "flight_number", String.class, "departure", String.class, "arrival", String.class,
        "aircraft_type", String.class, "flight_time_minutes", Integer.class, "block_off_at", OffsetDateTime.class,
        "block_on_at", OffsetDateTime.class, "fuel_used_kg", Integer.class, "distance_nm", Integer.class,
        "landing_rate_fpm", Integer.class, "route", String.class, "notes", String.class, "status", String.class,
        "source", String.class, "flight_id", UUID.class, "submitted_at", OffsetDateTime.class, "reviewed_at", OffsetDateTime.class,
        "reviewed_by", UUID.class, "rejection_reason", String.class, "version", Long.class), PgPirepTable::view);
  }

  @Override
  long version(PirepView row) {
    return row.version();
  }

  @Override
  Tuple values(PirepView p) {
    FlightDetails f = p.flight();
    return Tuple.from(Arrays.asList(p.id(), p.tenantId(), p.pilotId(), p.pilotName(),
        f.flightNumber(), f.departure(), f.arrival(), f.aircraftType(), f.flightTimeMinutes(),
        time(f.blockOffAt()), time(f.blockOnAt()), f.fuelUsedKg(), f.distanceNm(), f.landingRateFpm(),
        f.route(), f.notes(), name(p.status()), name(p.source()), p.flightId(), time(p.submittedAt()),
        time(p.reviewedAt()), p.reviewedBy(), p.rejectionReason(), p.version()));
  }

  Future<Page<PirepView>> page(SqlClient client, PirepFilter filter, PageRequest page) {
    return new PgPageQuery(select(), "submitted_at")
        .whereIfPresent("tenant_id", filter.tenantId(), id -> id)
        .whereIfPresent("status", filter.status(), PirepStatus::name)
        .whereIfPresent("pilot_id", filter.pilotId(), id -> id)
        .page(client, page, this::map, p -> new Cursor(p.submittedAt(), p.id()));
  }

  private static PirepView view(Row row) {
    FlightDetails flight = new FlightDetails(row.getString("flight_number"), row.getString("departure"),
        row.getString("arrival"), row.getString("aircraft_type"), row.getInteger("flight_time_minutes"),
        instant(row, "block_off_at"), instant(row, "block_on_at"), row.getInteger("fuel_used_kg"),
        row.getInteger("distance_nm"), row.getInteger("landing_rate_fpm"), row.getString("route"),
        row.getString("notes"));
    return new PirepView(row.getUUID("id"), row.getUUID("tenant_id"), row.getUUID("pilot_id"),
        row.getString("pilot_name"), flight, enumValue(row, "status", PirepStatus::valueOf),
        enumValue(row, "source", PirepSource::valueOf), row.getUUID("flight_id"), instant(row, "submitted_at"),
        instant(row, "reviewed_at"), row.getUUID("reviewed_by"), row.getString("rejection_reason"),
        row.getLong("version"));
  }
}

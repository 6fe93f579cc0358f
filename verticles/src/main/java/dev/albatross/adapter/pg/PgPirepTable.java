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
import java.util.List;

final class PgPirepTable extends PgVersionedTable<PirepView> {
  private static final List<String> COLUMNS = List.of("id", "tenant_id", "pilot_id", "pilot_name",
      "flight_number", "departure", "arrival", "aircraft_type", "flight_time_minutes", "block_off_at", "block_on_at",
      "fuel_used_kg", "distance_nm", "landing_rate_fpm", "route", "notes",
      "status", "source", "submitted_at", "reviewed_at", "reviewed_by", "rejection_reason", "version");
  private static final String UPSERT = upsert();

  PgPirepTable() {
    super("pireps", "select " + String.join(", ", COLUMNS) + " from pireps", UPSERT, PgPirepTable::view);
  }

  private static String upsert() {
    StringBuilder values = new StringBuilder();
    StringBuilder updates = new StringBuilder();
    for (int i = 1; i <= COLUMNS.size(); i++) {
      values.append(i == 1 ? "" : ", ").append('$').append(i);
      String column = COLUMNS.get(i - 1);
      if (!column.equals("id")) {
        updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = excluded.").append(column);
      }
    }
    return "insert into pireps (" + String.join(", ", COLUMNS) + ") values (" + values + ") "
        + "on conflict (id) do update set " + updates;
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
        f.route(), f.notes(), name(p.status()), name(p.source()), time(p.submittedAt()), time(p.reviewedAt()),
        p.reviewedBy(), p.rejectionReason(), p.version()));
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
        enumValue(row, "source", PirepSource::valueOf), instant(row, "submitted_at"), instant(row, "reviewed_at"),
        row.getUUID("reviewed_by"), row.getString("rejection_reason"), row.getLong("version"));
  }
}

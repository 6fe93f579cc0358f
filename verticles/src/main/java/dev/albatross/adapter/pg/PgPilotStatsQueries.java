package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.instant;

import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.readmodel.PilotStatsQueries;
import dev.albatross.domain.readmodel.PilotTotals;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads pilot careers as {@link PgPilotStatsTable} keeps them: totals are summed from the contributions as read. */
public final class PgPilotStatsQueries implements PilotStatsQueries {
  private static final String TOTALS = "select month, count(*) as flights, sum(flight_minutes) as minutes,"
      + " sum(distance_nm) as distance, coalesce(sum(landing_rate_fpm), 0) as landing_sum,"
      + " count(landing_rate_fpm) as landing_count, max(flown_at) as last_flight_at"
      + " from pilot_stat_contributions where pilot_id = $1 and counts group by month order by month";

  private final Pool pool;

  public PgPilotStatsQueries(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<PilotTotals> totals(UUID pilotId) {
    return pool.preparedQuery(TOTALS).execute(Tuple.of(pilotId)).map(PgPilotStatsQueries::totals);
  }

  /** The months' sums added up. */
  private static PilotTotals totals(RowSet<Row> months) {
    PilotTotals.Sum sum = new PilotTotals.Sum();
    for (Row m : months) {
      sum.add(YearMonth.parse(m.getString("month")), m.getLong("flights"), m.getLong("minutes"), m.getLong("distance"),
          m.getLong("landing_sum"), m.getLong("landing_count"), instant(m, "last_flight_at"));
    }
    return sum.totals();
  }

  @Override
  public Future<List<Rank>> ranks(UUID tenantId) {
    return pool.preparedQuery("select name, min_hours from tenant_ranks where tenant_id = $1 order by position")
        .execute(Tuple.of(tenantId))
        .map(rows -> {
          List<Rank> ranks = new ArrayList<>();
          rows.forEach(r -> ranks.add(new Rank(r.getString("name"), r.getInteger("min_hours"))));
          return ranks;
        });
  }

  @Override
  public Future<List<UUID>> leaderboard(UUID tenantId, Optional<YearMonth> month, int limit) {
    String sql = "select pilot_id from pilot_stat_contributions where tenant_id = $1 and counts"
        + (month.isPresent() ? " and month = $3" : "")
        + " group by pilot_id order by sum(flight_minutes) desc, pilot_id::text limit $2";
    Tuple params = Tuple.of(tenantId, limit);
    month.ifPresent(m -> params.addString(m.toString()));
    return pool.preparedQuery(sql).execute(params).map(rows -> {
      List<UUID> ids = new ArrayList<>();
      rows.forEach(r -> ids.add(r.getUUID("pilot_id")));
      return ids;
    });
  }
}

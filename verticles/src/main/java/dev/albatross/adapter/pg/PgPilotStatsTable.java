package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.StatsContribution;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes pilot careers beside the rows they follow, in the applying transaction: each changed
 * PIREP's contribution, over the one stored unless that is newer, and an airline's ranks after
 * its RanksDefined. {@link PgPilotStatsQueries} reads them.
 */
final class PgPilotStatsTable {
  static final String TABLES = "pilot_stat_contributions, tenant_ranks";

  private static final String UPSERT = "insert into pilot_stat_contributions (pirep_id, tenant_id, pilot_id, counts,"
      + " flight_minutes, distance_nm, landing_rate_fpm, flown_at, month, version)"
      + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
      + " on conflict (pirep_id) do update set counts = excluded.counts, flight_minutes = excluded.flight_minutes,"
      + " distance_nm = excluded.distance_nm, landing_rate_fpm = excluded.landing_rate_fpm,"
      + " flown_at = excluded.flown_at, month = excluded.month, version = excluded.version"
      + " where pilot_stat_contributions.version < excluded.version";

  /** Writes what {@code applied} (in feed order) changed: each PIREP's last row, each airline's last ranks. */
  Future<Void> write(SqlConnection conn, List<Applied> applied) {
    Map<UUID, PirepView> pireps = new LinkedHashMap<>();
    Map<UUID, List<Rank>> ranks = new LinkedHashMap<>();
    for (Applied a : applied) {
      if (a.row() instanceof PirepView pirep) {
        pireps.put(pirep.id(), pirep);
      } else if (a.event().event() instanceof RanksDefined defined) {
        ranks.put(a.event().streamId(), defined.ranks());
      }
    }
    return contributions(conn, pireps.values()).compose(v -> ranks(conn, ranks));
  }

  private static Future<Void> contributions(SqlConnection conn, java.util.Collection<PirepView> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    for (PirepView row : rows) {
      StatsContribution c = StatsContribution.of(row);
      batch.add(Tuple.from(Arrays.asList(c.pirepId(), c.tenantId(), c.pilotId(), c.counts(), c.flightMinutes(),
          c.distanceNm(), c.landingRateFpm(), time(c.flownAt()), c.month().toString(), c.version())));
    }
    return conn.preparedQuery(UPSERT).executeBatch(batch).mapEmpty();
  }

  private static Future<Void> ranks(SqlConnection conn, Map<UUID, List<Rank>> defined) {
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<UUID, List<Rank>> tenant : defined.entrySet()) {
      chain = chain.compose(v -> conn.preparedQuery("delete from tenant_ranks where tenant_id = $1")
          .execute(Tuple.of(tenant.getKey()))).compose(v -> insertRanks(conn, tenant.getKey(), tenant.getValue()));
    }
    return chain;
  }

  private static Future<Void> insertRanks(SqlConnection conn, UUID tenantId, List<Rank> ranks) {
    if (ranks.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < ranks.size(); i++) {
      batch.add(Tuple.of(tenantId, i, ranks.get(i).name(), ranks.get(i).minHours()));
    }
    return conn.preparedQuery("insert into tenant_ranks (tenant_id, position, name, min_hours) values ($1, $2, $3, $4)")
        .executeBatch(batch).mapEmpty();
  }
}

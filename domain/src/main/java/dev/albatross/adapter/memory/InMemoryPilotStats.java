package dev.albatross.adapter.memory;

import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.readmodel.PilotStatsQueries;
import dev.albatross.domain.readmodel.PilotTotals;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.StatsContribution;
import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pilot careers held in memory: each PIREP's contribution by pilot, replaced whole as its row
 * changes, and summed when read; each airline's ranks. Written by {@link InMemoryReadModels}
 * under its lock.
 */
final class InMemoryPilotStats implements PilotStatsQueries {
  private final Map<UUID, Map<UUID, StatsContribution>> byPilot = new ConcurrentHashMap<>();
  private final Map<UUID, Map<UUID, Boolean>> pilotsByTenant = new ConcurrentHashMap<>();
  private final Map<UUID, List<Rank>> ranks = new ConcurrentHashMap<>();

  /** Keeps only what counts: a PIREP that is not ACCEPTED contributes nothing, and holds no entry. */
  void pirep(PirepView row) {
    Map<UUID, StatsContribution> contributions =
        byPilot.computeIfAbsent(row.pilotId(), p -> new ConcurrentHashMap<>());
    if (row.status() == PirepStatus.ACCEPTED) {
      contributions.put(row.id(), StatsContribution.of(row));
    } else {
      contributions.remove(row.id());
    }
    pilotsByTenant.computeIfAbsent(row.tenantId(), t -> new ConcurrentHashMap<>()).putIfAbsent(row.pilotId(), true);
  }

  void ranks(UUID tenantId, List<Rank> defined) {
    ranks.put(tenantId, List.copyOf(defined));
  }

  void clear() {
    byPilot.clear();
    pilotsByTenant.clear();
    ranks.clear();
  }

  @Override
  public Future<PilotTotals> totals(UUID pilotId) {
    return Future.succeededFuture(totalsOf(pilotId));
  }

  private PilotTotals totalsOf(UUID pilotId) {
    Map<UUID, StatsContribution> contributions = byPilot.get(pilotId);
    return contributions == null ? PilotTotals.NONE : PilotTotals.of(contributions.values());
  }

  @Override
  public Future<List<Rank>> ranks(UUID tenantId) {
    return Future.succeededFuture(ranks.getOrDefault(tenantId, List.of()));
  }

  @Override
  public Future<List<UUID>> leaderboard(UUID tenantId, Optional<YearMonth> month, int limit) {
    record Entry(UUID pilotId, long minutes) {}
    List<UUID> ids = pilotsByTenant.getOrDefault(tenantId, Map.of()).keySet().stream()
        .map(pilotId -> {
          PilotTotals totals = totalsOf(pilotId);
          long flights = month.map(m -> totals.byMonth().stream().filter(t -> t.month().equals(m)).count())
              .orElse(totals.flights());
          return flights == 0 ? null : new Entry(pilotId, month.map(totals::minutesIn).orElse(totals.flightMinutes()));
        })
        .filter(e -> e != null)
        .sorted(Comparator.comparingLong(Entry::minutes).reversed().thenComparing(e -> e.pilotId().toString()))
        .limit(limit)
        .map(Entry::pilotId)
        .toList();
    return Future.succeededFuture(ids);
  }
}

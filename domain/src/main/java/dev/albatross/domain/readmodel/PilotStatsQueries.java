package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.tenant.Rank;
import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads pilot careers: each pilot's totals, summed from their PIREPs' contributions, and each airline's ranks. */
public interface PilotStatsQueries {

  /** The pilot's accepted flying; {@link PilotTotals#NONE} if none. */
  Future<PilotTotals> totals(UUID pilotId);

  /** The airline's ranks, lowest first; empty until it defines them. */
  Future<List<Rank>> ranks(UUID tenantId);

  /**
   * The airline's pilots with accepted flights (in {@code month}, or ever), most flight minutes
   * first, ties by pilot id (as text), at most {@code limit}.
   */
  Future<List<UUID>> leaderboard(UUID tenantId, Optional<YearMonth> month, int limit);
}

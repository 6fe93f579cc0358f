package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.tenant.Rank;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A pilot's career as the API shows it: their totals, and the rank those reach among their airline's ranks. */
public record PilotStats(UUID pilotId, String pilotName, UUID tenantId, PilotTotals totals, Optional<Rank> rank) {

  public static PilotStats of(UserView pilot, PilotTotals totals, List<Rank> ranks) {
    return new PilotStats(pilot.id(), pilot.displayName(), pilot.tenantId(), totals,
        Rank.reachedWith(ranks, totals.flightMinutes()));
  }
}

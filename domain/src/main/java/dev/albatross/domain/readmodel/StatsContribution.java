package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.pirep.PirepStatus;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What one PIREP adds to its pilot's stats, as its row stands: its flight values if it is
 * ACCEPTED, nothing otherwise. A pilot's totals are the sum of their PIREPs' contributions, so
 * each PIREP's contribution is replaced whole whenever its row changes, and no order of accepts,
 * rejects and amendments can make the totals drift from a replay.
 */
public record StatsContribution(
    UUID pirepId,
    UUID tenantId,
    UUID pilotId,
    boolean counts,
    int flightMinutes,
    int distanceNm,
    Integer landingRateFpm,
    Instant flownAt,
    long version) {

  /** The contribution of the PIREP in {@code row}. Flown at block-on when given, else when submitted. */
  public static StatsContribution of(PirepView row) {
    var f = row.flight();
    Instant flownAt = f.blockOnAt() != null ? f.blockOnAt() : row.submittedAt();
    return new StatsContribution(row.id(), row.tenantId(), row.pilotId(), row.status() == PirepStatus.ACCEPTED,
        f.flightTimeMinutes(), f.distanceNm() == null ? 0 : f.distanceNm(), f.landingRateFpm(), flownAt,
        row.version());
  }

  /** The UTC month the flight counts in. */
  public YearMonth month() {
    return YearMonth.from(flownAt.atOffset(ZoneOffset.UTC));
  }
}

package dev.albatross.domain.readmodel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A pilot's accepted flying, summed: what the stats show before rank and name are put beside it.
 * Both read-model adapters answer these sums; {@link #of} is the one summation in memory, and
 * what tests recompute from the events.
 */
public record PilotTotals(
    long flights,
    long flightMinutes,
    long distanceNm,
    long landingRateSum,
    long landingRateCount,
    Instant lastFlightAt,
    List<MonthTotals> byMonth) {

  public static final PilotTotals NONE = new PilotTotals(0, 0, 0, 0, 0, null, List.of());

  /** One month of accepted flying. */
  public record MonthTotals(YearMonth month, long flights, long flightMinutes) {}

  public PilotTotals {
    byMonth = List.copyOf(byMonth);
  }

  /** The totals of the contributions that count, months oldest first. */
  public static PilotTotals of(Collection<StatsContribution> contributions) {
    return contributions.stream().filter(StatsContribution::counts)
        .map(c -> ofMonth(c.month(), 1, c.flightMinutes(), c.distanceNm(),
            c.landingRateFpm() == null ? 0 : c.landingRateFpm(), c.landingRateFpm() == null ? 0 : 1, c.flownAt()))
        .reduce(NONE, PilotTotals::plus);
  }

  /** The totals of one month's flying. */
  public static PilotTotals ofMonth(YearMonth month, long flights, long flightMinutes, long distanceNm,
      long landingRateSum, long landingRateCount, Instant lastFlightAt) {
    return new PilotTotals(flights, flightMinutes, distanceNm, landingRateSum, landingRateCount, lastFlightAt,
        List.of(new MonthTotals(month, flights, flightMinutes)));
  }

  /** These totals and {@code other}'s together, months merged, oldest first. */
  public PilotTotals plus(PilotTotals other) {
    Map<YearMonth, MonthTotals> months = new TreeMap<>();
    Stream.concat(byMonth.stream(), other.byMonth.stream()).forEach(m -> months.merge(m.month(), m,
        (a, b) -> new MonthTotals(a.month(), a.flights() + b.flights(), a.flightMinutes() + b.flightMinutes())));
    Instant last = lastFlightAt == null || (other.lastFlightAt != null && other.lastFlightAt.isAfter(lastFlightAt))
        ? other.lastFlightAt
        : lastFlightAt;
    return new PilotTotals(flights + other.flights, flightMinutes + other.flightMinutes,
        distanceNm + other.distanceNm, landingRateSum + other.landingRateSum,
        landingRateCount + other.landingRateCount, last, List.copyOf(months.values()));
  }

  /** The mean landing rate, rounded to whole feet per minute; null without one. */
  public Integer averageLandingRateFpm() {
    return landingRateCount == 0 ? null : (int) Math.round((double) landingRateSum / landingRateCount);
  }

  /** The minutes flown in {@code month}. */
  public long minutesIn(YearMonth month) {
    return byMonth.stream().filter(m -> m.month().equals(month)).mapToLong(MonthTotals::flightMinutes).sum();
  }
}

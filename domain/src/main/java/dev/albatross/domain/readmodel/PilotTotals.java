package dev.albatross.domain.readmodel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pilot's accepted flying, summed: what the stats show before rank and name are put beside it.
 * Both read-model adapters answer these, added up by {@link Sum}: in memory from each PIREP's
 * contribution ({@link #of}), on PostgreSQL from the database's sums per month.
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
    Sum sum = new Sum();
    for (StatsContribution c : contributions) {
      if (c.counts()) {
        Integer landing = c.landingRateFpm();
        sum.add(c.month(), 1, c.flightMinutes(), c.distanceNm(), landing == null ? 0 : landing, landing == null ? 0 : 1,
            c.flownAt());
      }
    }
    return sum.totals();
  }

  /** Adds up flying, month by month (the one summation both read-model adapters use). */
  public static final class Sum {
    private long flights;
    private long flightMinutes;
    private long distanceNm;
    private long landingRateSum;
    private long landingRateCount;
    private Instant lastFlightAt;
    private final Map<YearMonth, long[]> months = new TreeMap<>();

    /** Adds flying of {@code month}: {@code flights} flights whose last was at {@code lastFlightAt}. */
    public void add(YearMonth month, long flights, long flightMinutes, long distanceNm, long landingRateSum,
        long landingRateCount, Instant lastFlightAt) {
      this.flights += flights;
      this.flightMinutes += flightMinutes;
      this.distanceNm += distanceNm;
      this.landingRateSum += landingRateSum;
      this.landingRateCount += landingRateCount;
      if (this.lastFlightAt == null || lastFlightAt.isAfter(this.lastFlightAt)) {
        this.lastFlightAt = lastFlightAt;
      }
      long[] m = months.computeIfAbsent(month, k -> new long[2]);
      m[0] += flights;
      m[1] += flightMinutes;
    }

    public PilotTotals totals() {
      List<MonthTotals> byMonth = months.entrySet().stream()
          .map(m -> new MonthTotals(m.getKey(), m.getValue()[0], m.getValue()[1])).toList();
      return new PilotTotals(flights, flightMinutes, distanceNm, landingRateSum, landingRateCount, lastFlightAt,
          byMonth);
    }
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

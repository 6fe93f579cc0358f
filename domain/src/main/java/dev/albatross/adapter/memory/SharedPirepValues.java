package dev.albatross.adapter.memory;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.readmodel.PirepView;
import java.util.UUID;

/**
 * Makes the PIREP rows held in memory share the values they repeat: airline, pilot and reviewer
 * ids, pilot names, flight numbers, airports, aircraft types, routes, fuel and distances. Each
 * event decodes its own copies, and most of a PIREP's bytes are these; free text (notes,
 * rejection reasons) is kept as it comes. docs/benchmarks.md has what it saves.
 */
final class SharedPirepValues {
  private static final int LIMIT = 1 << 16;

  private final Canonical<UUID> ids = new Canonical<>(LIMIT);
  private final Canonical<String> words = new Canonical<>(LIMIT);
  private final Canonical<String> routes = new Canonical<>(LIMIT);
  private final Canonical<Integer> numbers = new Canonical<>(LIMIT);

  /**
   * {@code row} sharing its values; {@code previous} is the row before it, null for a submission.
   * A review keeps the flight values of the row before; an amendment changes them.
   */
  PirepView of(PirepView row, PirepView previous) {
    FlightDetails flight = previous != null && previous.flight().equals(row.flight())
        ? previous.flight()
        : flight(row.flight());
    return new PirepView(row.id(), ids.of(row.tenantId()), ids.of(row.pilotId()), words.of(row.pilotName()), flight,
        row.status(), row.source(), row.flightId(), row.submittedAt(), row.reviewedAt(), ids.of(row.reviewedBy()),
        row.rejectionReason(), row.version());
  }

  private FlightDetails flight(FlightDetails f) {
    return new FlightDetails(words.of(f.flightNumber()), words.of(f.departure()), words.of(f.arrival()),
        words.of(f.aircraftType()), f.flightTimeMinutes(), f.blockOffAt(), f.blockOnAt(), numbers.of(f.fuelUsedKg()),
        numbers.of(f.distanceNm()), numbers.of(f.landingRateFpm()), routes.of(f.route()), f.notes());
  }

  void clear() {
    ids.clear();
    words.clear();
    routes.clear();
    numbers.clear();
  }
}

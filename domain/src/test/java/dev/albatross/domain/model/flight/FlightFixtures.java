package dev.albatross.domain.model.flight;

import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightState.Flight;
import dev.albatross.domain.model.pirep.FlightDetails;
import java.time.Instant;
import java.util.UUID;

/** One flight's history and commands, shared by the live flight's decider specs. */
final class FlightFixtures {
  private FlightFixtures() {}

  static final UUID FLIGHT = UUID.fromString("00000000-0000-0000-0000-00000000f001");
  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  static final UUID PILOT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final UUID OTHER_PILOT = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000b003");
  static final UUID PIREP = UUID.fromString("00000000-0000-0000-0000-00000000d001");

  static final Instant STARTED_AT = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant SEEN_AT = STARTED_AT.plusSeconds(3_600);
  static final FlightPlan PLAN = new FlightPlan("ALB123", "EGLL", "KJFK", "B77W", "DCT", "smartCARS 3");
  static final Position NEWEST = new Position(3_599, SEEN_AT, 55.0, -20.0, 35_000, 280, 480, 0, false);

  static final FlightStarted STARTED =
      new FlightStarted(FLIGHT, TENANT, PILOT, "Pat Pilot", PLAN, STARTED_AT);
  static final PositionsRecorded RECORDED = new PositionsRecorded(NEWEST, 500, 0, 800.5, SEEN_AT);
  static final FlightLost LOST = new FlightLost(SEEN_AT.plusSeconds(1_800));
  static final FlightFiled FILED = new FlightFiled(PIREP, details(455, 2_990, -180, null), SEEN_AT);
  static final FlightCancelled CANCELLED = new FlightCancelled(PILOT, SEEN_AT);

  static final TrackSummary TRACK = new TrackSummary(2_990.4, 455, -180);

  static FlightDetails details(int minutes, Integer distanceNm, Integer landingRate, FilingInput input) {
    FilingInput in = input == null ? FilingInput.NONE : input;
    return new FlightDetails("ALB123", "EGLL", "KJFK", "B77W", minutes, in.blockOffAt(), in.blockOnAt(),
        in.fuelUsedKg(), distanceNm, landingRate, "DCT", in.notes());
  }

  static Flight flight(FlightStatus status, Instant lastSeenAt, Position last, double distance, UUID pirep) {
    return new Flight(FLIGHT, TENANT, PILOT, PLAN, status, STARTED_AT, lastSeenAt, last, distance, pirep);
  }

  static RecordPositions positions(UUID pilot, int accepted, int duplicates) {
    return new RecordPositions(FLIGHT, pilot, SEEN_AT,
        new PositionBatchSummary(accepted, duplicates, accepted > 0 ? NEWEST : null, 800.5));
  }

  static FileFlight file(UUID pilot, FilingInput input, TrackSummary track) {
    return new FileFlight(FLIGHT, pilot, PIREP, SEEN_AT, input, track);
  }
}

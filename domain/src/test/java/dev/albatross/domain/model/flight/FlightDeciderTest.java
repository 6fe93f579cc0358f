package dev.albatross.domain.model.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightState.Flight;
import dev.albatross.domain.model.pirep.FlightDetails;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Live flight")
class FlightDeciderTest {

  private static final UUID FLIGHT = UUID.fromString("00000000-0000-0000-0000-00000000f001");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  private static final UUID PILOT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID OTHER_PILOT = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000b003");
  private static final UUID PIREP = UUID.fromString("00000000-0000-0000-0000-00000000d001");

  private static final Instant STARTED_AT = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant SEEN_AT = STARTED_AT.plusSeconds(3_600);
  private static final FlightPlan PLAN = new FlightPlan("ALB123", "EGLL", "KJFK", "B77W", "DCT", "smartCARS 3");
  private static final Position NEWEST = new Position(3_599, SEEN_AT, 55.0, -20.0, 35_000, 280, 480, 0, false);

  private static final FlightStarted STARTED =
      new FlightStarted(FLIGHT, TENANT, PILOT, "Pat Pilot", PLAN, STARTED_AT);
  private static final PositionsRecorded RECORDED = new PositionsRecorded(NEWEST, 500, 0, 800.5, SEEN_AT);
  private static final FlightLost LOST = new FlightLost(SEEN_AT.plusSeconds(1_800));
  private static final FlightFiled FILED = new FlightFiled(PIREP, details(455, 2_990, -180, null), SEEN_AT);
  private static final FlightCancelled CANCELLED = new FlightCancelled(PILOT, SEEN_AT);

  private static final TrackSummary TRACK = new TrackSummary(2_990.4, 455, -180);

  private final DeciderSpec<FlightCommand, FlightState, FlightEvent> spec = DeciderSpec.of(new FlightDecider());

  private static FlightDetails details(int minutes, Integer distanceNm, Integer landingRate, FilingInput input) {
    FilingInput in = input == null ? FilingInput.NONE : input;
    return new FlightDetails("ALB123", "EGLL", "KJFK", "B77W", minutes, in.blockOffAt(), in.blockOnAt(),
        in.fuelUsedKg(), distanceNm, landingRate, "DCT", in.notes());
  }

  private static Flight flight(FlightStatus status, Instant lastSeenAt, Position last, double distance, UUID pirep) {
    return new Flight(FLIGHT, TENANT, PILOT, PLAN, status, STARTED_AT, lastSeenAt, last, distance, pirep);
  }

  private static RecordPositions positions(UUID pilot, int accepted, int duplicates) {
    return new RecordPositions(FLIGHT, pilot, SEEN_AT,
        new PositionBatchSummary(accepted, duplicates, accepted > 0 ? NEWEST : null, 800.5));
  }

  private static FileFlight file(UUID pilot, FilingInput input, TrackSummary track) {
    return new FileFlight(FLIGHT, pilot, PIREP, SEEN_AT, input, track);
  }

  @Nested
  @DisplayName("StartFlight")
  class Start {

    @Test
    @DisplayName("a new flight starts in progress, last seen at its start, with no position yet")
    void starts() {
      spec.given()
          .when(new StartFlight(FLIGHT, TENANT, PILOT, "Pat Pilot", PLAN, STARTED_AT))
          .then(STARTED)
          .andState(flight(FlightStatus.IN_PROGRESS, STARTED_AT, null, 0, null));
    }

    @Test
    @DisplayName("starting an existing flight again is a conflict")
    void startTwice() {
      spec.given(STARTED)
          .when(new StartFlight(FLIGHT, TENANT, PILOT, "Pat Pilot", PLAN, STARTED_AT))
          .thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("RecordPositions")
  class Record {

    @Test
    @DisplayName("a batch that kept positions is recorded once, with the newest position and when it arrived")
    void records() {
      spec.given(STARTED)
          .when(positions(PILOT, 500, 0))
          .then(RECORDED)
          .andState(flight(FlightStatus.IN_PROGRESS, SEEN_AT, NEWEST, 800.5, null));
    }

    @Test
    @DisplayName("a batch of repeats only records nothing")
    void onlyDuplicates() {
      spec.given(STARTED, RECORDED).when(positions(PILOT, 0, 500)).thenNoEvents();
    }

    @Test
    @DisplayName("duplicates within a batch are counted")
    void someDuplicates() {
      spec.given(STARTED)
          .when(positions(PILOT, 3, 2))
          .then(new PositionsRecorded(NEWEST, 3, 2, 800.5, SEEN_AT));
    }

    @Test
    @DisplayName("positions for a lost flight resume it")
    void resumes() {
      spec.given(STARTED, RECORDED, LOST)
          .when(positions(PILOT, 10, 0))
          .then(new FlightResumed(SEEN_AT), new PositionsRecorded(NEWEST, 10, 0, 800.5, SEEN_AT))
          .andState(flight(FlightStatus.IN_PROGRESS, SEEN_AT, NEWEST, 800.5, null));
    }

    @Test
    @DisplayName("another pilot's flight is forbidden")
    void otherPilot() {
      spec.given(STARTED).when(positions(OTHER_PILOT, 1, 0)).thenRefuses(Forbidden.class);
    }

    @Test
    @DisplayName("an unknown flight is not found")
    void unknown() {
      spec.given().when(positions(PILOT, 1, 0)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a filed flight takes no more positions")
    void filed() {
      spec.given(STARTED, RECORDED, FILED).when(positions(PILOT, 1, 0)).thenRefuses(Conflict.class);
    }

    @Test
    @DisplayName("a cancelled flight takes no more positions, not even repeats")
    void cancelled() {
      spec.given(STARTED, CANCELLED).when(positions(PILOT, 0, 1)).thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("MarkLost")
  class MarkLostSpec {

    @Test
    @DisplayName("a flight with no position for 30 minutes is lost")
    void lost() {
      spec.given(STARTED, RECORDED)
          .when(new MarkLost(FLIGHT, SEEN_AT.plusSeconds(1_800)))
          .then(LOST)
          .andState(flight(FlightStatus.LOST, SEEN_AT, NEWEST, 800.5, null));
    }

    @Test
    @DisplayName("a flight heard from within 30 minutes is not")
    void heardFrom() {
      spec.given(STARTED, RECORDED).when(new MarkLost(FLIGHT, SEEN_AT.plusSeconds(1_799))).thenNoEvents();
    }

    @Test
    @DisplayName("a flight that never sent a position is lost 30 minutes after its start")
    void neverSent() {
      spec.given(STARTED).when(new MarkLost(FLIGHT, STARTED_AT.plusSeconds(1_799))).thenNoEvents();
      spec.given(STARTED).when(new MarkLost(FLIGHT, STARTED_AT.plusSeconds(1_800)))
          .then(new FlightLost(STARTED_AT.plusSeconds(1_800)));
    }

    @Test
    @DisplayName("a lost, filed or cancelled flight is not lost again")
    void notOpen() {
      Instant late = SEEN_AT.plusSeconds(86_400);
      spec.given(STARTED, RECORDED, LOST).when(new MarkLost(FLIGHT, late)).thenNoEvents();
      spec.given(STARTED, RECORDED, FILED).when(new MarkLost(FLIGHT, late)).thenNoEvents();
      spec.given(STARTED, CANCELLED).when(new MarkLost(FLIGHT, late)).thenNoEvents();
    }

    @Test
    @DisplayName("an unknown flight is not found")
    void unknown() {
      spec.given().when(new MarkLost(FLIGHT, SEEN_AT)).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("FileFlight")
  class File {

    @Test
    @DisplayName("filing makes the PIREP from the plan and the track: flight time, distance, landing rate")
    void fromTheTrack() {
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, FilingInput.NONE, TRACK))
          .then(new FlightFiled(PIREP, details(455, 2_990, -180, null), SEEN_AT))
          .andState(flight(FlightStatus.FILED, SEEN_AT, NEWEST, 800.5, PIREP));
    }

    @Test
    @DisplayName("what the client reports wins over what the track computes")
    void clientValues() {
      var input = new FilingInput(470, 61_000, -95, STARTED_AT, SEEN_AT, "smooth");
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, input, TRACK))
          .then(new FlightFiled(PIREP, details(470, 2_990, -95, input), SEEN_AT));
    }

    @Test
    @DisplayName("a lost flight can be filed")
    void lost() {
      spec.given(STARTED, RECORDED, LOST)
          .when(file(PILOT, FilingInput.NONE, TRACK))
          .then(new FlightFiled(PIREP, details(455, 2_990, -180, null), SEEN_AT));
    }

    @Test
    @DisplayName("a track that never flew leaves the distance and landing rate out, and needs the client's flight time")
    void noTrack() {
      var refusal = spec.given(STARTED)
          .when(file(PILOT, FilingInput.NONE, TrackSummary.EMPTY))
          .thenRefuses(ValidationFailed.class);
      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("flightTimeMinutes");
      var input = new FilingInput(30, null, null, null, null, null);
      spec.given(STARTED)
          .when(file(PILOT, input, TrackSummary.EMPTY))
          .then(new FlightFiled(PIREP, details(30, null, null, input), SEEN_AT));
    }

    @Test
    @DisplayName("another pilot's flight is forbidden")
    void otherPilot() {
      spec.given(STARTED, RECORDED).when(file(OTHER_PILOT, FilingInput.NONE, TRACK)).thenRefuses(Forbidden.class);
    }

    @Test
    @DisplayName("an unknown flight is not found")
    void unknown() {
      spec.given().when(file(PILOT, FilingInput.NONE, TRACK)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a filed or cancelled flight cannot be filed")
    void notOpen() {
      spec.given(STARTED, RECORDED, FILED).when(file(PILOT, FilingInput.NONE, TRACK)).thenRefuses(Conflict.class);
      spec.given(STARTED, CANCELLED).when(file(PILOT, FilingInput.NONE, TRACK)).thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("CancelFlight")
  class Cancel {

    @Test
    @DisplayName("the pilot cancels their flight")
    void byPilot() {
      spec.given(STARTED, RECORDED)
          .when(new CancelFlight(FLIGHT, PILOT, false, TENANT, SEEN_AT))
          .then(new FlightCancelled(PILOT, SEEN_AT))
          .andState(flight(FlightStatus.CANCELLED, SEEN_AT, NEWEST, 800.5, null));
    }

    @Test
    @DisplayName("an admin of its airline cancels a lost flight")
    void byAdmin() {
      spec.given(STARTED, RECORDED, LOST)
          .when(new CancelFlight(FLIGHT, ADMIN, true, TENANT, SEEN_AT))
          .then(new FlightCancelled(ADMIN, SEEN_AT));
    }

    @Test
    @DisplayName("another pilot of the airline is forbidden")
    void otherPilot() {
      spec.given(STARTED).when(new CancelFlight(FLIGHT, OTHER_PILOT, false, TENANT, SEEN_AT))
          .thenRefuses(Forbidden.class);
    }

    @Test
    @DisplayName("a platform admin, no admin of its airline, is forbidden")
    void platformAdmin() {
      spec.given(STARTED).when(new CancelFlight(FLIGHT, ADMIN, false, null, SEEN_AT)).thenRefuses(Forbidden.class);
    }

    @Test
    @DisplayName("an admin of another airline does not find it")
    void otherAirline() {
      spec.given(STARTED).when(new CancelFlight(FLIGHT, ADMIN, true, OTHER_TENANT, SEEN_AT))
          .thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("an unknown flight is not found")
    void unknown() {
      spec.given().when(new CancelFlight(FLIGHT, PILOT, false, TENANT, SEEN_AT)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("cancelling a cancelled flight again changes nothing")
    void twice() {
      spec.given(STARTED, CANCELLED).when(new CancelFlight(FLIGHT, PILOT, false, TENANT, SEEN_AT)).thenNoEvents();
    }

    @Test
    @DisplayName("a filed flight cannot be cancelled")
    void filed() {
      spec.given(STARTED, RECORDED, FILED).when(new CancelFlight(FLIGHT, PILOT, false, TENANT, SEEN_AT))
          .thenRefuses(Conflict.class);
    }
  }
}

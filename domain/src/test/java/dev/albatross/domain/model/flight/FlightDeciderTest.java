package dev.albatross.domain.model.flight;

import static dev.albatross.domain.model.flight.FlightFixtures.CANCELLED;
import static dev.albatross.domain.model.flight.FlightFixtures.FILED;
import static dev.albatross.domain.model.flight.FlightFixtures.FLIGHT;
import static dev.albatross.domain.model.flight.FlightFixtures.LOST;
import static dev.albatross.domain.model.flight.FlightFixtures.NEWEST;
import static dev.albatross.domain.model.flight.FlightFixtures.OTHER_PILOT;
import static dev.albatross.domain.model.flight.FlightFixtures.PILOT;
import static dev.albatross.domain.model.flight.FlightFixtures.PLAN;
import static dev.albatross.domain.model.flight.FlightFixtures.RECORDED;
import static dev.albatross.domain.model.flight.FlightFixtures.SEEN_AT;
import static dev.albatross.domain.model.flight.FlightFixtures.STARTED;
import static dev.albatross.domain.model.flight.FlightFixtures.STARTED_AT;
import static dev.albatross.domain.model.flight.FlightFixtures.TENANT;
import static dev.albatross.domain.model.flight.FlightFixtures.flight;
import static dev.albatross.domain.model.flight.FlightFixtures.positions;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Live flight: started, flying, lost")
class FlightDeciderTest {

  private final DeciderSpec<FlightCommand, FlightState, FlightEvent> spec = DeciderSpec.of(new FlightDecider());

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
}

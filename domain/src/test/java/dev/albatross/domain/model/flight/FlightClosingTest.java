package dev.albatross.domain.model.flight;

import static dev.albatross.domain.model.flight.FlightFixtures.ADMIN;
import static dev.albatross.domain.model.flight.FlightFixtures.CANCELLED;
import static dev.albatross.domain.model.flight.FlightFixtures.FILED;
import static dev.albatross.domain.model.flight.FlightFixtures.FLIGHT;
import static dev.albatross.domain.model.flight.FlightFixtures.LOST;
import static dev.albatross.domain.model.flight.FlightFixtures.NEWEST;
import static dev.albatross.domain.model.flight.FlightFixtures.OTHER_PILOT;
import static dev.albatross.domain.model.flight.FlightFixtures.OTHER_TENANT;
import static dev.albatross.domain.model.flight.FlightFixtures.PILOT;
import static dev.albatross.domain.model.flight.FlightFixtures.PIREP;
import static dev.albatross.domain.model.flight.FlightFixtures.RECORDED;
import static dev.albatross.domain.model.flight.FlightFixtures.SEEN_AT;
import static dev.albatross.domain.model.flight.FlightFixtures.STARTED;
import static dev.albatross.domain.model.flight.FlightFixtures.STARTED_AT;
import static dev.albatross.domain.model.flight.FlightFixtures.TENANT;
import static dev.albatross.domain.model.flight.FlightFixtures.TRACK;
import static dev.albatross.domain.model.flight.FlightFixtures.details;
import static dev.albatross.domain.model.flight.FlightFixtures.file;
import static dev.albatross.domain.model.flight.FlightFixtures.flight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Live flight: filed or cancelled")
class FlightClosingTest {

  private final DeciderSpec<FlightCommand, FlightState, FlightEvent> spec = DeciderSpec.of(new FlightDecider());

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
    @DisplayName("a crash landing's rate beyond a PIREP's range is left out, and the flight still files")
    void crashLanding() {
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, FilingInput.NONE, new TrackSummary(2_990.4, 455, -6_000)))
          .then(new FlightFiled(PIREP, details(455, 2_990, null, null), SEEN_AT));
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, FilingInput.NONE, new TrackSummary(2_990.4, 455, -5_000)))
          .then(new FlightFiled(PIREP, details(455, 2_990, -5_000, null), SEEN_AT));
    }

    @Test
    @DisplayName("a hop under a minute files as one minute")
    void shortHop() {
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, FilingInput.NONE, new TrackSummary(2.4, 0, -120)))
          .then(new FlightFiled(PIREP, details(1, 2, -120, null), SEEN_AT));
    }

    @Test
    @DisplayName("a track beyond a PIREP's ranges files as a day's flight, without its distance")
    void beyondRanges() {
      spec.given(STARTED, RECORDED)
          .when(file(PILOT, FilingInput.NONE, new TrackSummary(20_000.6, 1_500, -200)))
          .then(new FlightFiled(PIREP, details(1_440, null, -200, null), SEEN_AT));
    }

    @Test
    @DisplayName("what the client reports out of range is refused, however the track fits")
    void clientOutOfRange() {
      var refusal = spec.given(STARTED, RECORDED)
          .when(file(PILOT, new FilingInput(0, null, -6_000, null, null, null), TRACK))
          .thenRefuses(ValidationFailed.class);
      assertThat(refusal.errors()).extracting(FieldError::field)
          .containsExactly("flightTimeMinutes", "landingRateFpm");
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

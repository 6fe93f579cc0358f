package dev.albatross.domain.model.pirep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepState.FiledPirep;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PIREP")
class PirepDeciderTest {

  private static final UUID PIREP = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  private static final UUID PILOT = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID REVIEWER = UUID.fromString("00000000-0000-0000-0000-00000000b002");

  private static final FlightDetails FLIGHT = new FlightDetails(
      "ALB123", "EGLL", "KJFK", "B77W", 455,
      Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T17:35:00Z"),
      61_000, 3_000, -180, "DCT", "smooth");

  private static final PirepSubmitted SUBMITTED =
      new PirepSubmitted(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.MANUAL);
  private static final PirepAccepted ACCEPTED = new PirepAccepted(REVIEWER);
  private static final PirepRejected REJECTED = new PirepRejected(REVIEWER, "wrong aircraft");

  private final DeciderSpec<PirepCommand, PirepState, PirepEvent> spec = DeciderSpec.of(new PirepDecider());

  @Nested
  @DisplayName("SubmitPirep")
  class Submit {

    @Test
    @DisplayName("a new PIREP is submitted with the pilot's flight and awaits review")
    void submits() {
      spec.given()
          .when(new SubmitPirep(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.API))
          .then(new PirepSubmitted(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.API))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.SUBMITTED));
    }

    @Test
    @DisplayName("a PIREP filed from a live flight records which flight it was")
    void fromAFlight() {
      UUID flight = UUID.fromString("00000000-0000-0000-0000-00000000f001");
      spec.given()
          .when(new SubmitPirep(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.ACARS, flight))
          .then(new PirepSubmitted(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.ACARS, flight));
    }

    @Test
    @DisplayName("submitting an existing PIREP again is a conflict")
    void submitTwice() {
      spec.given(SUBMITTED)
          .when(new SubmitPirep(PIREP, TENANT, PILOT, "Pat Pilot", FLIGHT, PirepSource.MANUAL))
          .thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("AcceptPirep")
  class Accept {

    @Test
    @DisplayName("a submitted PIREP is accepted by a reviewer of its airline")
    void accepts() {
      spec.given(SUBMITTED)
          .when(new AcceptPirep(PIREP, REVIEWER, TENANT))
          .then(new PirepAccepted(REVIEWER))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.ACCEPTED));
    }

    @Test
    @DisplayName("a reviewer of another airline does not find it")
    void otherTenant() {
      spec.given(SUBMITTED).when(new AcceptPirep(PIREP, REVIEWER, OTHER_TENANT)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a reviewer without an airline does not find it")
    void noTenant() {
      spec.given(SUBMITTED).when(new AcceptPirep(PIREP, REVIEWER, null)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a reviewer of another airline does not learn that it was already reviewed")
    void otherTenantAfterReview() {
      spec.given(SUBMITTED, ACCEPTED).when(new AcceptPirep(PIREP, REVIEWER, OTHER_TENANT)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a PIREP that does not exist is not found")
    void unknown() {
      spec.given().when(new AcceptPirep(PIREP, REVIEWER, TENANT)).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("an accepted PIREP cannot be accepted again")
    void acceptAfterAccept() {
      var refusal = spec.given(SUBMITTED, ACCEPTED)
          .when(new AcceptPirep(PIREP, REVIEWER, TENANT))
          .thenRefuses(PirepNotSubmitted.class);
      assertThat(refusal.type()).isEqualTo("pirep-not-submitted");
      assertThat(refusal.detail()).contains("ACCEPTED");
    }

    @Test
    @DisplayName("a rejected PIREP cannot be accepted")
    void acceptAfterReject() {
      var refusal = spec.given(SUBMITTED, REJECTED)
          .when(new AcceptPirep(PIREP, REVIEWER, TENANT))
          .thenRefuses(PirepNotSubmitted.class);
      assertThat(refusal.detail()).contains("REJECTED");
    }
  }

  @Nested
  @DisplayName("RejectPirep")
  class Reject {

    @Test
    @DisplayName("a submitted PIREP is rejected with the reviewer's reason")
    void rejects() {
      spec.given(SUBMITTED)
          .when(new RejectPirep(PIREP, REVIEWER, TENANT, "wrong aircraft"))
          .then(new PirepRejected(REVIEWER, "wrong aircraft"))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.REJECTED));
    }

    @Test
    @DisplayName("a reviewer of another airline does not find it")
    void otherTenant() {
      spec.given(SUBMITTED)
          .when(new RejectPirep(PIREP, REVIEWER, OTHER_TENANT, "wrong aircraft"))
          .thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("a PIREP that does not exist is not found")
    void unknown() {
      spec.given().when(new RejectPirep(PIREP, REVIEWER, TENANT, "wrong aircraft")).thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("an accepted PIREP cannot be rejected")
    void rejectAfterAccept() {
      var refusal = spec.given(SUBMITTED, ACCEPTED)
          .when(new RejectPirep(PIREP, REVIEWER, TENANT, "wrong aircraft"))
          .thenRefuses(PirepNotSubmitted.class);
      assertThat(refusal.detail()).contains("ACCEPTED");
    }

    @Test
    @DisplayName("a rejected PIREP cannot be rejected again")
    void rejectAfterReject() {
      var refusal = spec.given(SUBMITTED, REJECTED)
          .when(new RejectPirep(PIREP, REVIEWER, TENANT, "still wrong"))
          .thenRefuses(PirepNotSubmitted.class);
      assertThat(refusal.detail()).contains("REJECTED");
    }
  }

  @Nested
  @DisplayName("AmendPirep")
  class Amend {
    private final PirepAmendment longer = new PirepAmendment(470, null, null, -150, null, null);

    @Test
    @DisplayName("an admin of its airline amends an accepted PIREP, which stays accepted")
    void amendsAccepted() {
      spec.given(SUBMITTED, ACCEPTED)
          .when(new PirepCommand.AmendPirep(PIREP, REVIEWER, TENANT, "block times were wrong", longer))
          .then(new PirepEvent.PirepAmended(REVIEWER, "block times were wrong", longer))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.ACCEPTED));
    }

    @Test
    @DisplayName("a submitted or rejected PIREP can be amended too, keeping its status")
    void amendsAnyStatus() {
      spec.given(SUBMITTED)
          .when(new PirepCommand.AmendPirep(PIREP, REVIEWER, TENANT, "typo", longer))
          .then(new PirepEvent.PirepAmended(REVIEWER, "typo", longer))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.SUBMITTED));
      spec.given(SUBMITTED, REJECTED)
          .when(new PirepCommand.AmendPirep(PIREP, REVIEWER, TENANT, "typo", longer))
          .then(new PirepEvent.PirepAmended(REVIEWER, "typo", longer))
          .andState(new FiledPirep(PIREP, TENANT, PILOT, PirepStatus.REJECTED));
    }

    @Test
    @DisplayName("a PIREP of another airline, or none, is not found")
    void otherAirline() {
      spec.given(SUBMITTED, ACCEPTED)
          .when(new PirepCommand.AmendPirep(PIREP, REVIEWER, OTHER_TENANT, "mine?", longer))
          .thenRefuses(NotFound.class);
      spec.given()
          .when(new PirepCommand.AmendPirep(PIREP, REVIEWER, TENANT, "none", longer))
          .thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("an amendment puts only the fields it names over the flight")
    void appliesOnlyNamedFields() {
      FlightDetails amended = longer.applyTo(FLIGHT);
      assertThat(amended.flightTimeMinutes()).isEqualTo(470);
      assertThat(amended.landingRateFpm()).isEqualTo(-150);
      assertThat(amended).usingRecursiveComparison().ignoringFields("flightTimeMinutes", "landingRateFpm")
          .isEqualTo(FLIGHT);
    }
  }
}

package dev.albatross.domain.model.pirep;

import dev.albatross.domain.model.AppCommand;
import java.util.Objects;
import java.util.UUID;

public sealed interface PirepCommand extends AppCommand {

  UUID pirepId();

  /** One method per command of the family: a decider's one exhaustive dispatch. */
  interface Cases<R> {
    R submitPirep(SubmitPirep command);

    R acceptPirep(AcceptPirep command);

    R rejectPirep(RejectPirep command);

    R amendPirep(AmendPirep command);
  }

  <R> R match(Cases<R> cases);

  @Override
  default <R> R dispatch(Handler<R> handler) {
    return match(handler);
  }

  /** {@code flightId} is the live flight filed as this PIREP, null for a PIREP not filed from one. */
  record SubmitPirep(
      UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source,
      UUID flightId)
      implements PirepCommand {
    public SubmitPirep {
      Objects.requireNonNull(pirepId);
      Objects.requireNonNull(tenantId);
      Objects.requireNonNull(pilotId);
      Objects.requireNonNull(pilotName);
      Objects.requireNonNull(flight);
      Objects.requireNonNull(source);
    }

    /** A PIREP reported as such, not filed from a live flight. */
    public SubmitPirep(
        UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source) {
      this(pirepId, tenantId, pilotId, pilotName, flight, source, null);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.submitPirep(this);
    }
  }

  /** {@code reviewerTenantId} is the reviewer's airline: a PIREP of another airline is not theirs to see. */
  record AcceptPirep(UUID pirepId, UUID reviewerId, UUID reviewerTenantId) implements PirepCommand {
    public AcceptPirep {
      Objects.requireNonNull(pirepId);
      Objects.requireNonNull(reviewerId);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.acceptPirep(this);
    }
  }

  /** A reason is what the pilot is told: never blank, at most 500 characters, without surrounding blanks. */
  record RejectPirep(UUID pirepId, UUID reviewerId, UUID reviewerTenantId, String reason) implements PirepCommand {
    public RejectPirep {
      Objects.requireNonNull(pirepId);
      Objects.requireNonNull(reviewerId);
      if (reason == null || reason.isBlank() || !reason.trim().equals(reason)
          || reason.codePointCount(0, reason.length()) > 500) {
        throw new IllegalArgumentException("a rejection reason is 1 to 500 characters, not blank, trimmed");
      }
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.rejectPirep(this);
    }
  }

  /** Corrects any PIREP of {@code amenderTenantId}'s airline, whatever its status, with a reason. */
  record AmendPirep(UUID pirepId, UUID amenderId, UUID amenderTenantId, String reason, PirepAmendment changes)
      implements PirepCommand {
    public AmendPirep {
      Objects.requireNonNull(pirepId);
      Objects.requireNonNull(amenderId);
      Objects.requireNonNull(reason);
      Objects.requireNonNull(changes);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.amendPirep(this);
    }
  }
}

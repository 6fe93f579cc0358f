package dev.albatross.domain.model.pirep;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.AmendPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepState.FiledPirep;
import dev.albatross.domain.model.pirep.PirepState.NoPirep;
import java.util.List;
import java.util.UUID;

public final class PirepDecider implements Decider<PirepCommand, PirepState, PirepEvent> {

  @Override
  public Class<PirepEvent> eventType() {
    return PirepEvent.class;
  }

  @Override
  public PirepState initialState() {
    return new NoPirep();
  }

  @Override
  public List<PirepEvent> decide(PirepCommand command, PirepState state) {
    return command.match(new PirepCommand.Cases<>() {
      @Override
      public List<PirepEvent> submitPirep(SubmitPirep submit) {
        if (state instanceof FiledPirep) {
          throw new Conflict("PIREP " + submit.pirepId() + " already exists.");
        }
        return List.of(new PirepSubmitted(submit.pirepId(), submit.tenantId(), submit.pilotId(), submit.pilotName(),
            submit.flight(), submit.source(), submit.flightId()));
      }

      @Override
      public List<PirepEvent> acceptPirep(AcceptPirep accept) {
        reviewable(state, accept.reviewerTenantId());
        return List.of(new PirepAccepted(accept.reviewerId()));
      }

      @Override
      public List<PirepEvent> rejectPirep(RejectPirep reject) {
        reviewable(state, reject.reviewerTenantId());
        return List.of(new PirepRejected(reject.reviewerId(), reject.reason()));
      }

      @Override
      public List<PirepEvent> amendPirep(AmendPirep amend) {
        ofTenant(state, amend.amenderTenantId());
        return List.of(new PirepAmended(amend.amenderId(), amend.reason(), amend.changes()));
      }
    });
  }

  private static void reviewable(PirepState state, UUID reviewerTenantId) {
    FiledPirep filed = ofTenant(state, reviewerTenantId);
    if (filed.status() != PirepStatus.SUBMITTED) {
      throw new PirepNotSubmitted(filed.status());
    }
  }

  private static FiledPirep ofTenant(PirepState state, UUID tenantId) {
    if (!(state instanceof FiledPirep filed) || !filed.tenantId().equals(tenantId)) {
      throw new NotFound("PIREP not found.");
    }
    return filed;
  }

  @Override
  public PirepState evolve(PirepState state, PirepEvent event) {
    if (event instanceof PirepSubmitted s) {
      return new FiledPirep(s.pirepId(), s.tenantId(), s.pilotId(), PirepStatus.SUBMITTED);
    }
    FiledPirep filed = (FiledPirep) state;
    if (event instanceof PirepAmended) {
      return filed;
    }
    PirepStatus status = event instanceof PirepAccepted ? PirepStatus.ACCEPTED : PirepStatus.REJECTED;
    return new FiledPirep(filed.id(), filed.tenantId(), filed.pilotId(), status);
  }
}

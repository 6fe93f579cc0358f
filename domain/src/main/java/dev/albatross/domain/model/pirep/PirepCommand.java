package dev.albatross.domain.model.pirep;

import java.util.UUID;

public sealed interface PirepCommand {

  UUID pirepId();

  record SubmitPirep(
      UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source)
      implements PirepCommand {}

  /** {@code reviewerTenantId} is the reviewer's airline: a PIREP of another airline is not theirs to see. */
  record AcceptPirep(UUID pirepId, UUID reviewerId, UUID reviewerTenantId) implements PirepCommand {}

  record RejectPirep(UUID pirepId, UUID reviewerId, UUID reviewerTenantId, String reason) implements PirepCommand {}

  /** Corrects any PIREP of {@code amenderTenantId}'s airline, whatever its status, with a reason. */
  record AmendPirep(UUID pirepId, UUID amenderId, UUID amenderTenantId, String reason, PirepAmendment changes)
      implements PirepCommand {}
}

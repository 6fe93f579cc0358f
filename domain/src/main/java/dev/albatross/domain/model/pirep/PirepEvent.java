package dev.albatross.domain.model.pirep;

import dev.albatross.domain.model.DomainEvent;
import java.util.UUID;

public sealed interface PirepEvent extends DomainEvent {

  record PirepSubmitted(
      UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source)
      implements PirepEvent {}

  record PirepAccepted(UUID reviewerId) implements PirepEvent {}

  record PirepRejected(UUID reviewerId, String reason) implements PirepEvent {}

  /** The PIREP's flight values were corrected; its status stays as it was. */
  record PirepAmended(UUID amendedBy, String reason, PirepAmendment changes) implements PirepEvent {}
}

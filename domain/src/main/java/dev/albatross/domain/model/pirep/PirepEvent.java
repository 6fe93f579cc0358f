package dev.albatross.domain.model.pirep;

import dev.albatross.domain.model.DomainEvent;
import java.util.UUID;

public sealed interface PirepEvent extends DomainEvent {

  /** {@code flightId} is the live flight filed as this PIREP, null for a PIREP not filed from one. */
  record PirepSubmitted(
      UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source,
      UUID flightId)
      implements PirepEvent {

    /** A PIREP reported as such, not filed from a live flight. */
    public PirepSubmitted(
        UUID pirepId, UUID tenantId, UUID pilotId, String pilotName, FlightDetails flight, PirepSource source) {
      this(pirepId, tenantId, pilotId, pilotName, flight, source, null);
    }
  }

  record PirepAccepted(UUID reviewerId) implements PirepEvent {}

  record PirepRejected(UUID reviewerId, String reason) implements PirepEvent {}

  /** The PIREP's flight values were corrected; its status stays as it was. */
  record PirepAmended(UUID amendedBy, String reason, PirepAmendment changes) implements PirepEvent {}
}

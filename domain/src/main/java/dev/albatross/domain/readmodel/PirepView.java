package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepStatus;
import java.time.Instant;
import java.util.UUID;

/** {@code flightId} is the live flight filed as this PIREP, null for a PIREP not filed from one. */
public record PirepView(
    UUID id,
    UUID tenantId,
    UUID pilotId,
    String pilotName,
    FlightDetails flight,
    PirepStatus status,
    PirepSource source,
    UUID flightId,
    Instant submittedAt,
    Instant reviewedAt,
    UUID reviewedBy,
    String rejectionReason,
    long version) {}

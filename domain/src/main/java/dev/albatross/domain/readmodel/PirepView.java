package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepStatus;
import java.time.Instant;
import java.util.UUID;

public record PirepView(
    UUID id,
    UUID tenantId,
    UUID pilotId,
    String pilotName,
    FlightDetails flight,
    PirepStatus status,
    PirepSource source,
    Instant submittedAt,
    Instant reviewedAt,
    UUID reviewedBy,
    String rejectionReason,
    long version) {}

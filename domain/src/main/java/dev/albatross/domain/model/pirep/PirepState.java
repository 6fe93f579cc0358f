package dev.albatross.domain.model.pirep;

import java.util.UUID;

public sealed interface PirepState {

  record NoPirep() implements PirepState {}

  record FiledPirep(UUID id, UUID tenantId, UUID pilotId, PirepStatus status) implements PirepState {}
}

package dev.albatross.domain.model.tenant;

import java.util.UUID;

public sealed interface TenantState {

  record NoTenant() implements TenantState {}

  record ExistingTenant(UUID id, String name, String icao) implements TenantState {}
}

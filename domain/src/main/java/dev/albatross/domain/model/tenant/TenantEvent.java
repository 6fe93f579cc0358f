package dev.albatross.domain.model.tenant;

import dev.albatross.domain.model.DomainEvent;
import java.util.UUID;

public sealed interface TenantEvent extends DomainEvent {

  record TenantCreated(UUID tenantId, String name, String icao) implements TenantEvent {}
}

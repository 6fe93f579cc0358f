package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepStatus;
import java.util.Optional;
import java.util.UUID;

/** Query filters; an empty tenant means every tenant (platform admins only, decided by the caller). */
public final class Filters {
  private Filters() {}

  public record TenantFilter(Optional<UUID> tenantId) {}

  public record UserFilter(Optional<UUID> tenantId, Optional<Role> role) {}

  public record PirepFilter(Optional<UUID> tenantId, Optional<PirepStatus> status, Optional<UUID> pilotId) {}
}

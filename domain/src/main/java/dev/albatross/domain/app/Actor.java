package dev.albatross.domain.app;

import dev.albatross.domain.model.Role;
import java.util.Objects;
import java.util.UUID;

/** Who issues a command or a query, as authenticated: never taken from a request body. */
public record Actor(UUID userId, Role role, UUID tenantId) {
  public Actor {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(role);
  }

  public boolean isPlatformAdmin() {
    return role == Role.PLATFORM_ADMIN;
  }
}

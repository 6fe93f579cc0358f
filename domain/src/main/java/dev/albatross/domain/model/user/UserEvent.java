package dev.albatross.domain.model.user;

import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.Role;
import java.time.Instant;
import java.util.UUID;

public sealed interface UserEvent extends DomainEvent {

  record UserRegistered(
      UUID userId,
      String email,
      String displayName,
      Role role,
      UUID tenantId,
      String passwordHash,
      boolean mustChangePassword)
      implements UserEvent {}

  /** Ends every session of the user but {@code keptSession} (null: every one). */
  record UserPasswordChanged(String passwordHash, UUID keptSession) implements UserEvent {
    public UserPasswordChanged(String passwordHash) {
      this(passwordHash, null);
    }
  }

  record UserRenamed(String displayName) implements UserEvent {}

  record UserRoleChanged(Role role) implements UserEvent {}

  /** Ends every session of the user; their API keys are refused until they are reactivated. */
  record UserSuspended(String reason) implements UserEvent {}

  record UserReactivated() implements UserEvent {}

  record SessionEnded(UUID sessionId, Instant expiresAt) implements UserEvent {}

  record ApiKeyGenerated(UUID keyId, String name, String prefix, String keyHash) implements UserEvent {}

  record ApiKeyRevoked(UUID keyId) implements UserEvent {}
}

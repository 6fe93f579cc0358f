package dev.albatross.domain.model.user;

import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.Role;
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

  record UserPasswordChanged(String passwordHash) implements UserEvent {}

  record ApiKeyGenerated(UUID keyId, String name, String prefix, String keyHash) implements UserEvent {}

  record ApiKeyRevoked(UUID keyId) implements UserEvent {}
}

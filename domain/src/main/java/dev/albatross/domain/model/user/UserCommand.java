package dev.albatross.domain.model.user;

import dev.albatross.domain.model.Role;
import java.util.UUID;

public sealed interface UserCommand {

  UUID userId();

  /** {@code passwordHash} is already an Argon2id hash: hashing is I/O-bound work done at the edge. */
  record RegisterUser(
      UUID userId,
      String email,
      String displayName,
      Role role,
      UUID tenantId,
      String passwordHash,
      boolean mustChangePassword)
      implements UserCommand {
    public RegisterUser {
      if (role.needsTenant() != (tenantId != null)) {
        throw new IllegalArgumentException("a " + role + " " + (role.needsTenant() ? "needs" : "has no") + " tenant");
      }
    }
  }

  record ChangePassword(UUID userId, String passwordHash) implements UserCommand {}

  record GenerateApiKey(UUID userId, UUID keyId, String name, String prefix, String keyHash)
      implements UserCommand {}

  record RevokeApiKey(UUID userId, UUID keyId) implements UserCommand {}
}

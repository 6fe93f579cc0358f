package dev.albatross.domain.model.user;

import dev.albatross.domain.model.Role;
import java.time.Instant;
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

  /** {@code keptSession}: the session that asked for the change and stays signed in, or null. */
  record ChangePassword(UUID userId, String passwordHash, UUID keptSession) implements UserCommand {
    public ChangePassword(UUID userId, String passwordHash) {
      this(userId, passwordHash, null);
    }
  }

  /** A new display name, a new role, or both; null leaves one as it is. */
  record ChangeUser(UUID userId, String displayName, Role role) implements UserCommand {}

  record SuspendUser(UUID userId, String reason) implements UserCommand {}

  record ReactivateUser(UUID userId) implements UserCommand {}

  /** Signs one session (a token's id) out; {@code expiresAt} is when the token would have expired. */
  record EndSession(UUID userId, UUID sessionId, Instant expiresAt) implements UserCommand {}

  record GenerateApiKey(UUID userId, UUID keyId, String name, String prefix, String keyHash)
      implements UserCommand {}

  record RevokeApiKey(UUID userId, UUID keyId) implements UserCommand {}
}

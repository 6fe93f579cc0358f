package dev.albatross.domain.model.user;

import dev.albatross.domain.model.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

public sealed interface UserState {

  record NoUser() implements UserState {}

  record ExistingUser(
      UUID id,
      String email,
      String displayName,
      Role role,
      UUID tenantId,
      String passwordHash,
      boolean mustChangePassword,
      Map<UUID, ApiKey> apiKeys,
      boolean suspended)
      implements UserState {

    public ExistingUser {
      apiKeys = Map.copyOf(apiKeys);
    }

    /** An active user. */
    public ExistingUser(UUID id, String email, String displayName, Role role, UUID tenantId, String passwordHash,
        boolean mustChangePassword, Map<UUID, ApiKey> apiKeys) {
      this(id, email, displayName, role, tenantId, passwordHash, mustChangePassword, apiKeys, false);
    }

    ExistingUser withPassword(String hash) {
      return new ExistingUser(id, email, displayName, role, tenantId, hash, false, apiKeys, suspended);
    }

    ExistingUser withKey(ApiKey key) {
      var keys = new HashMap<>(apiKeys);
      keys.put(key.id(), key);
      return new ExistingUser(id, email, displayName, role, tenantId, passwordHash, mustChangePassword, keys, suspended);
    }

    ExistingUser withName(String name) {
      return new ExistingUser(id, email, name, role, tenantId, passwordHash, mustChangePassword, apiKeys, suspended);
    }

    ExistingUser withRole(Role newRole) {
      return new ExistingUser(id, email, displayName, newRole, tenantId, passwordHash, mustChangePassword, apiKeys,
          suspended);
    }

    ExistingUser withSuspended(boolean now) {
      return new ExistingUser(id, email, displayName, role, tenantId, passwordHash, mustChangePassword, apiKeys, now);
    }
  }

  record ApiKey(UUID id, String name, boolean revoked) {}
}

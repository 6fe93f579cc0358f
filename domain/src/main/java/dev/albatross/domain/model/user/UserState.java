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
      Map<UUID, ApiKey> apiKeys)
      implements UserState {

    public ExistingUser {
      apiKeys = Map.copyOf(apiKeys);
    }

    ExistingUser withPassword(String hash) {
      return new ExistingUser(id, email, displayName, role, tenantId, hash, false, apiKeys);
    }

    ExistingUser withKey(ApiKey key) {
      var keys = new HashMap<>(apiKeys);
      keys.put(key.id(), key);
      return new ExistingUser(id, email, displayName, role, tenantId, passwordHash, mustChangePassword, keys);
    }
  }

  record ApiKey(UUID id, String name, boolean revoked) {}
}

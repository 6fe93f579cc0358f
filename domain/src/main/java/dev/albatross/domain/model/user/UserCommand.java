package dev.albatross.domain.model.user;

import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.Role;
import java.util.Objects;
import java.util.UUID;

public sealed interface UserCommand extends AppCommand {

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
      Objects.requireNonNull(userId);
      Objects.requireNonNull(email);
      Objects.requireNonNull(displayName);
      Objects.requireNonNull(passwordHash);
      if (role.needsTenant() != (tenantId != null)) {
        throw new IllegalArgumentException("a " + role + " " + (role.needsTenant() ? "needs" : "has no") + " tenant");
      }
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.registerUser(this);
    }
  }

  record ChangePassword(UUID userId, String passwordHash) implements UserCommand {
    public ChangePassword {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(passwordHash);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.changePassword(this);
    }
  }

  record GenerateApiKey(UUID userId, UUID keyId, String name, String prefix, String keyHash)
      implements UserCommand {
    public GenerateApiKey {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(keyId);
      Objects.requireNonNull(name);
      Objects.requireNonNull(prefix);
      Objects.requireNonNull(keyHash);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.generateApiKey(this);
    }
  }

  record RevokeApiKey(UUID userId, UUID keyId) implements UserCommand {
    public RevokeApiKey {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(keyId);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.revokeApiKey(this);
    }
  }
}

package dev.albatross.domain.model.user;

import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.Role;
import java.util.Objects;
import java.util.UUID;

public sealed interface UserCommand extends AppCommand {

  UUID userId();

  /** One method per command of the family: a decider's one exhaustive dispatch. */
  interface Cases<R> {
    R registerUser(RegisterUser command);

    R changePassword(ChangePassword command);

    R generateApiKey(GenerateApiKey command);

    R revokeApiKey(RevokeApiKey command);
  }

  <R> R match(Cases<R> cases);

  @Override
  default <R> R dispatch(Handler<R> handler) {
    return match(handler);
  }

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
    public <R> R match(Cases<R> cases) {
      return cases.registerUser(this);
    }
  }

  record ChangePassword(UUID userId, String passwordHash) implements UserCommand {
    public ChangePassword {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(passwordHash);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.changePassword(this);
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
    public <R> R match(Cases<R> cases) {
      return cases.generateApiKey(this);
    }
  }

  record RevokeApiKey(UUID userId, UUID keyId) implements UserCommand {
    public RevokeApiKey {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(keyId);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.revokeApiKey(this);
    }
  }
}

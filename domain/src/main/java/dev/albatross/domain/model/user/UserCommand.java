package dev.albatross.domain.model.user;

import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.Role;
import java.time.Instant;
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

    R changeUser(ChangeUser command);

    R suspendUser(SuspendUser command);

    R reactivateUser(ReactivateUser command);

    R endSession(EndSession command);
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

  /** {@code keptSession}: the session that asked for the change and stays signed in, or null. */
  record ChangePassword(UUID userId, String passwordHash, UUID keptSession) implements UserCommand {
    public ChangePassword {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(passwordHash);
    }

    public ChangePassword(UUID userId, String passwordHash) {
      this(userId, passwordHash, null);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.changePassword(this);
    }
  }

  /** A new display name, a new role, or both; null leaves one as it is. */
  record ChangeUser(UUID userId, String displayName, Role role) implements UserCommand {
    public ChangeUser {
      Objects.requireNonNull(userId);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.changeUser(this);
    }
  }

  record SuspendUser(UUID userId, String reason) implements UserCommand {
    public SuspendUser {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(reason);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.suspendUser(this);
    }
  }

  record ReactivateUser(UUID userId) implements UserCommand {
    public ReactivateUser {
      Objects.requireNonNull(userId);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.reactivateUser(this);
    }
  }

  /** Signs one session (a token's id) out; {@code expiresAt} is when the token would have expired. */
  record EndSession(UUID userId, UUID sessionId, Instant expiresAt) implements UserCommand {
    public EndSession {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(sessionId);
      Objects.requireNonNull(expiresAt);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.endSession(this);
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

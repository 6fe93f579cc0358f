package dev.albatross.domain.model.user;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.model.user.UserState.ApiKey;
import dev.albatross.domain.model.user.UserState.ExistingUser;
import dev.albatross.domain.model.user.UserState.NoUser;
import java.util.List;
import java.util.Map;

public final class UserDecider implements Decider<UserCommand, UserState, UserEvent> {

  @Override
  public Class<UserEvent> eventType() {
    return UserEvent.class;
  }

  @Override
  public UserState initialState() {
    return new NoUser();
  }

  @Override
  public List<UserEvent> decide(UserCommand command, UserState state) {
    return command.match(new UserCommand.Cases<>() {
      @Override
      public List<UserEvent> registerUser(RegisterUser register) {
        return register(register, state);
      }

      @Override
      public List<UserEvent> changePassword(ChangePassword change) {
        existing(state);
        return List.of(new UserPasswordChanged(change.passwordHash()));
      }

      @Override
      public List<UserEvent> generateApiKey(GenerateApiKey generate) {
        return generate(generate, existing(state));
      }

      @Override
      public List<UserEvent> revokeApiKey(RevokeApiKey revoke) {
        return revoke(revoke, existing(state));
      }
    });
  }

  private static List<UserEvent> register(RegisterUser c, UserState state) {
    if (state instanceof ExistingUser) {
      throw new Conflict("User " + c.userId() + " already exists.");
    }
    return List.of(
        new UserRegistered(
            c.userId(), c.email(), c.displayName(), c.role(), c.tenantId(), c.passwordHash(), c.mustChangePassword()));
  }

  private static List<UserEvent> generate(GenerateApiKey c, ExistingUser user) {
    if (user.apiKeys().containsKey(c.keyId())) {
      throw new Conflict("API key " + c.keyId() + " already exists.");
    }
    return List.of(new ApiKeyGenerated(c.keyId(), c.name(), c.prefix(), c.keyHash()));
  }

  /** Revoking a revoked key changes nothing: a repeated DELETE is not an error. */
  private static List<UserEvent> revoke(RevokeApiKey c, ExistingUser user) {
    ApiKey key = user.apiKeys().get(c.keyId());
    if (key == null) {
      throw new NotFound("API key " + c.keyId() + " not found.");
    }
    return key.revoked() ? List.of() : List.of(new ApiKeyRevoked(c.keyId()));
  }

  private static ExistingUser existing(UserState state) {
    if (state instanceof ExistingUser user) {
      return user;
    }
    throw new NotFound("User not found.");
  }

  @Override
  public UserState evolve(UserState state, UserEvent event) {
    if (event instanceof UserRegistered r) {
      return new ExistingUser(
          r.userId(), r.email(), r.displayName(), r.role(), r.tenantId(), r.passwordHash(), r.mustChangePassword(), Map.of());
    }
    ExistingUser user = (ExistingUser) state;
    if (event instanceof UserPasswordChanged changed) {
      return user.withPassword(changed.passwordHash());
    }
    if (event instanceof ApiKeyGenerated generated) {
      return user.withKey(new ApiKey(generated.keyId(), generated.name(), false));
    }
    ApiKey key = user.apiKeys().get(((ApiKeyRevoked) event).keyId());
    return user.withKey(new ApiKey(key.id(), key.name(), true));
  }
}

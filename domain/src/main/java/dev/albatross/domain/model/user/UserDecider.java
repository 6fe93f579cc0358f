package dev.albatross.domain.model.user;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.SessionEnded;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.model.user.UserState.ApiKey;
import dev.albatross.domain.model.user.UserState.ExistingUser;
import dev.albatross.domain.model.user.UserState.NoUser;
import java.util.ArrayList;
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
        return List.of(new UserPasswordChanged(change.passwordHash(), change.keptSession()));
      }

      @Override
      public List<UserEvent> generateApiKey(GenerateApiKey generate) {
        return generate(generate, existing(state));
      }

      @Override
      public List<UserEvent> revokeApiKey(RevokeApiKey revoke) {
        return revoke(revoke, existing(state));
      }

      @Override
      public List<UserEvent> changeUser(ChangeUser change) {
        return change(change, existing(state));
      }

      @Override
      public List<UserEvent> suspendUser(SuspendUser suspend) {
        return suspend(suspend, existing(state));
      }

      @Override
      public List<UserEvent> reactivateUser(ReactivateUser reactivate) {
        return reactivate(existing(state));
      }

      @Override
      public List<UserEvent> endSession(EndSession end) {
        existing(state);
        return List.of(new SessionEnded(end.sessionId(), end.expiresAt()));
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

  /**
   * Only what differs becomes an event. A platform admin has no airline and an airline's user
   * has one, so a role never crosses between the two.
   */
  private static List<UserEvent> change(ChangeUser c, ExistingUser user) {
    List<UserEvent> events = new ArrayList<>();
    if (c.displayName() != null && !c.displayName().equals(user.displayName())) {
      events.add(new UserRenamed(c.displayName()));
    }
    if (c.role() != null && c.role() != user.role()) {
      if (c.role() == Role.PLATFORM_ADMIN || user.role() == Role.PLATFORM_ADMIN) {
        throw ValidationFailed.of("role", user.role() == Role.PLATFORM_ADMIN
            ? "a PLATFORM_ADMIN keeps that role" : "must be TENANT_ADMIN or PILOT for a user of an airline");
      }
      events.add(new UserRoleChanged(c.role()));
    }
    return events;
  }

  private static List<UserEvent> suspend(SuspendUser c, ExistingUser user) {
    if (user.suspended()) {
      throw new Conflict("The user is already suspended.");
    }
    return List.of(new UserSuspended(c.reason()));
  }

  private static List<UserEvent> reactivate(ExistingUser user) {
    if (!user.suspended()) {
      throw new Conflict("The user is active.");
    }
    return List.of(new UserReactivated());
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
    if (event instanceof ApiKeyRevoked revoked) {
      ApiKey key = user.apiKeys().get(revoked.keyId());
      return user.withKey(new ApiKey(key.id(), key.name(), true));
    }
    if (event instanceof UserRenamed renamed) {
      return user.withName(renamed.displayName());
    }
    if (event instanceof UserRoleChanged changed) {
      return user.withRole(changed.role());
    }
    if (event instanceof UserSuspended || event instanceof UserReactivated) {
      return user.withSuspended(event instanceof UserSuspended);
    }
    return user; // SessionEnded: the read model keeps ended sessions; deciding needs none of them
  }
}

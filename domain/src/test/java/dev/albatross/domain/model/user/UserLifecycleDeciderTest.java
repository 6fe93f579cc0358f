package dev.albatross.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import dev.albatross.domain.model.user.UserEvent.SessionEnded;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.model.user.UserState.ExistingUser;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("User lifecycle and sessions")
class UserLifecycleDeciderTest {

  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  private static final Instant EXPIRY = Instant.parse("2026-12-06T08:00:00Z");

  private static final UserRegistered PILOT =
      new UserRegistered(USER, "pilot@alb.test", "Pat Pilot", Role.PILOT, TENANT, "hash-1", false);
  private static final UserRegistered ADMIN =
      new UserRegistered(USER, "admin@alb.test", "Ada Admin", Role.PLATFORM_ADMIN, null, "hash-1", false);

  private final DeciderSpec<UserCommand, UserState, UserEvent> spec = DeciderSpec.of(new UserDecider());

  private static ExistingUser pilot(String name, Role role, boolean suspended) {
    return new ExistingUser(USER, "pilot@alb.test", name, role, TENANT, "hash-1", false, Map.of(), suspended);
  }

  @Nested
  @DisplayName("ChangeUser")
  class Change {

    @Test
    @DisplayName("a new name and a new role are two events, and the state has both")
    void renamesAndChangesRole() {
      spec.given(PILOT)
          .when(new ChangeUser(USER, "Pat Captain", Role.TENANT_ADMIN))
          .then(new UserRenamed("Pat Captain"), new UserRoleChanged(Role.TENANT_ADMIN))
          .andState(pilot("Pat Captain", Role.TENANT_ADMIN, false));
    }

    @Test
    @DisplayName("only what differs becomes an event")
    void onlyWhatDiffers() {
      spec.given(PILOT)
          .when(new ChangeUser(USER, "Pat Pilot", Role.TENANT_ADMIN))
          .then(new UserRoleChanged(Role.TENANT_ADMIN));
      spec.given(PILOT).when(new ChangeUser(USER, null, Role.PILOT)).thenNoEvents();
    }

    @Test
    @DisplayName("an airline's user cannot become a platform admin")
    void noPlatformAdminInAnAirline() {
      ValidationFailed refusal = spec.given(PILOT)
          .when(new ChangeUser(USER, null, Role.PLATFORM_ADMIN))
          .thenRefuses(ValidationFailed.class);
      assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("role");
    }

    @Test
    @DisplayName("a platform admin keeps that role, but may be renamed")
    void platformAdminKeepsRole() {
      spec.given(ADMIN).when(new ChangeUser(USER, null, Role.PILOT)).thenRefuses(ValidationFailed.class);
      spec.given(ADMIN).when(new ChangeUser(USER, "Ada Root", null)).then(new UserRenamed("Ada Root"));
    }

    @Test
    @DisplayName("a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new ChangeUser(USER, "X", null)).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("SuspendUser and ReactivateUser")
  class Suspension {

    @Test
    @DisplayName("an active user is suspended with the reason")
    void suspends() {
      spec.given(PILOT)
          .when(new SuspendUser(USER, "left the airline"))
          .then(new UserSuspended("left the airline"))
          .andState(pilot("Pat Pilot", Role.PILOT, true));
    }

    @Test
    @DisplayName("suspending a suspended user is a conflict")
    void suspendTwice() {
      spec.given(PILOT, new UserSuspended("left"))
          .when(new SuspendUser(USER, "again"))
          .thenRefuses(Conflict.class);
    }

    @Test
    @DisplayName("a suspended user is reactivated")
    void reactivates() {
      spec.given(PILOT, new UserSuspended("left"))
          .when(new ReactivateUser(USER))
          .then(new UserReactivated())
          .andState(pilot("Pat Pilot", Role.PILOT, false));
    }

    @Test
    @DisplayName("reactivating an active user is a conflict")
    void reactivateActive() {
      spec.given(PILOT).when(new ReactivateUser(USER)).thenRefuses(Conflict.class);
      spec.given(PILOT, new UserSuspended("left"), new UserReactivated())
          .when(new ReactivateUser(USER))
          .thenRefuses(Conflict.class);
    }

    @Test
    @DisplayName("a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new SuspendUser(USER, "x")).thenRefuses(NotFound.class);
      spec.given().when(new ReactivateUser(USER)).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("Sessions")
  class Sessions {

    @Test
    @DisplayName("a sign-out ends the one session, until its token would have expired")
    void endsSession() {
      spec.given(PILOT)
          .when(new EndSession(USER, SESSION, EXPIRY))
          .then(new SessionEnded(SESSION, EXPIRY))
          .andState(pilot("Pat Pilot", Role.PILOT, false));
    }

    @Test
    @DisplayName("a password change names the session that made it, which stays signed in")
    void passwordChangeKeepsItsSession() {
      spec.given(PILOT)
          .when(new ChangePassword(USER, "hash-2", SESSION))
          .then(new UserPasswordChanged("hash-2", SESSION));
    }

    @Test
    @DisplayName("a session of a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new EndSession(USER, SESSION, EXPIRY)).thenRefuses(NotFound.class);
    }
  }
}

package dev.albatross.domain.model.user;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.Role;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("User")
class UserDeciderTest {

  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-00000000c001");
  private static final UUID OTHER_KEY = UUID.fromString("00000000-0000-0000-0000-00000000c002");

  private static final UserRegistered REGISTERED =
      new UserRegistered(USER, "pilot@alb.test", "Pat Pilot", Role.PILOT, TENANT, "hash-1", true);
  private static final ApiKeyGenerated KEY_GENERATED = new ApiKeyGenerated(KEY, "acars", "alb_Ab12", "sha-1");
  private static final ApiKeyGenerated OTHER_KEY_GENERATED =
      new ApiKeyGenerated(OTHER_KEY, "tablet", "alb_Cd34", "sha-2");

  private final DeciderSpec<UserCommand, UserState, UserEvent> spec = DeciderSpec.of(new UserDecider());

  private static ExistingUser pilot(String passwordHash, boolean mustChangePassword, Map<UUID, ApiKey> keys) {
    return new ExistingUser(
        USER, "pilot@alb.test", "Pat Pilot", Role.PILOT, TENANT, passwordHash, mustChangePassword, keys);
  }

  @Nested
  @DisplayName("RegisterUser")
  class Register {

    @Test
    @DisplayName("a new user is registered with every given field and no API keys")
    void registers() {
      spec.given()
          .when(new RegisterUser(USER, "pilot@alb.test", "Pat Pilot", Role.PILOT, TENANT, "hash-1", true))
          .then(REGISTERED)
          .andState(pilot("hash-1", true, Map.of()));
    }

    @Test
    @DisplayName("a platform admin is registered without a tenant")
    void registersPlatformAdmin() {
      spec.given()
          .when(new RegisterUser(USER, "admin@alb.test", "Ada Admin", Role.PLATFORM_ADMIN, null, "hash-1", false))
          .then(new UserRegistered(USER, "admin@alb.test", "Ada Admin", Role.PLATFORM_ADMIN, null, "hash-1", false))
          .andState(new ExistingUser(
              USER, "admin@alb.test", "Ada Admin", Role.PLATFORM_ADMIN, null, "hash-1", false, Map.of()));
    }

    @Test
    @DisplayName("registering an existing user again is a conflict")
    void registerTwice() {
      spec.given(REGISTERED)
          .when(new RegisterUser(USER, "other@alb.test", "Other", Role.PILOT, TENANT, "hash-2", false))
          .thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("ChangePassword")
  class Change {

    @Test
    @DisplayName("the new hash replaces the old one and the user no longer must change it")
    void changesPassword() {
      spec.given(REGISTERED)
          .when(new ChangePassword(USER, "hash-2"))
          .then(new UserPasswordChanged("hash-2"))
          .andState(pilot("hash-2", false, Map.of()));
    }

    @Test
    @DisplayName("a change keeps the user's API keys")
    void keepsApiKeys() {
      spec.given(REGISTERED, KEY_GENERATED)
          .when(new ChangePassword(USER, "hash-2"))
          .then(new UserPasswordChanged("hash-2"))
          .andState(pilot("hash-2", false, Map.of(KEY, new ApiKey(KEY, "acars", false))));
    }

    @Test
    @DisplayName("the password of a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new ChangePassword(USER, "hash-2")).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("GenerateApiKey")
  class Generate {

    @Test
    @DisplayName("a new key is generated and is active")
    void generates() {
      spec.given(REGISTERED)
          .when(new GenerateApiKey(USER, KEY, "acars", "alb_Ab12", "sha-1"))
          .then(KEY_GENERATED)
          .andState(pilot("hash-1", true, Map.of(KEY, new ApiKey(KEY, "acars", false))));
    }

    @Test
    @DisplayName("a user may hold several named keys")
    void generatesAnother() {
      spec.given(REGISTERED, KEY_GENERATED)
          .when(new GenerateApiKey(USER, OTHER_KEY, "tablet", "alb_Cd34", "sha-2"))
          .then(OTHER_KEY_GENERATED)
          .andState(pilot("hash-1", true, Map.of(
              KEY, new ApiKey(KEY, "acars", false),
              OTHER_KEY, new ApiKey(OTHER_KEY, "tablet", false))));
    }

    @Test
    @DisplayName("a key id already used is a conflict")
    void duplicateKeyId() {
      spec.given(REGISTERED, KEY_GENERATED)
          .when(new GenerateApiKey(USER, KEY, "other", "alb_Ef56", "sha-3"))
          .thenRefuses(Conflict.class);
    }

    @Test
    @DisplayName("the id of a revoked key is still used: a conflict")
    void revokedKeyId() {
      spec.given(REGISTERED, KEY_GENERATED, new ApiKeyRevoked(KEY))
          .when(new GenerateApiKey(USER, KEY, "other", "alb_Ef56", "sha-3"))
          .thenRefuses(Conflict.class);
    }

    @Test
    @DisplayName("a key for a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new GenerateApiKey(USER, KEY, "acars", "alb_Ab12", "sha-1")).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("RevokeApiKey")
  class Revoke {

    @Test
    @DisplayName("an active key is revoked; the user's other keys stay active")
    void revokes() {
      spec.given(REGISTERED, KEY_GENERATED, OTHER_KEY_GENERATED)
          .when(new RevokeApiKey(USER, KEY))
          .then(new ApiKeyRevoked(KEY))
          .andState(pilot("hash-1", true, Map.of(
              KEY, new ApiKey(KEY, "acars", true),
              OTHER_KEY, new ApiKey(OTHER_KEY, "tablet", false))));
    }

    @Test
    @DisplayName("a key the user does not have is not found")
    void unknownKey() {
      spec.given(REGISTERED, KEY_GENERATED)
          .when(new RevokeApiKey(USER, OTHER_KEY))
          .thenRefuses(NotFound.class);
    }

    @Test
    @DisplayName("revoking a revoked key again changes nothing")
    void revokeTwice() {
      spec.given(REGISTERED, KEY_GENERATED, new ApiKeyRevoked(KEY))
          .when(new RevokeApiKey(USER, KEY))
          .thenNoEvents()
          .andState(pilot("hash-1", true, Map.of(KEY, new ApiKey(KEY, "acars", true))));
    }

    @Test
    @DisplayName("a key of a user that does not exist is not found")
    void unknownUser() {
      spec.given().when(new RevokeApiKey(USER, KEY)).thenRefuses(NotFound.class);
    }
  }
}

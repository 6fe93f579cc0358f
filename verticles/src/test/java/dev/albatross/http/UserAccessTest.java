package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserStatus;
import dev.albatross.domain.readmodel.UserSessions;
import dev.albatross.domain.readmodel.UserView;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UserAccess: what authentication reads of a user, as the cache holds it")
class UserAccessTest {
  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID KEPT = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  private static final UUID ENDED = UUID.fromString("00000000-0000-0000-0000-00000000d002");
  private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

  private static UserView user(Role role, UUID tenant, UserStatus status, UserSessions sessions) {
    return new UserView(USER, "pat@example.test", "Pat", role, tenant, false, NOON, 3, status, null, sessions);
  }

  @Test
  @DisplayName("an entry reads back as the access it was written from, for airline users and platform admins")
  void roundTrip() {
    UserSessions sessions = UserSessions.NONE.renewed(KEPT).ending(ENDED, NOON.plusSeconds(3600));
    for (UserView u : new UserView[] {user(Role.TENANT_ADMIN, TENANT, UserStatus.ACTIVE, sessions),
        user(Role.PLATFORM_ADMIN, null, UserStatus.SUSPENDED, UserSessions.NONE)}) {
      UserAccess access = UserAccess.of(u);
      assertThat(UserAccess.parse(access.entry())).isEqualTo(access);
    }
  }

  @Test
  @DisplayName("a session token holds only while the user is active and its session holds")
  void admitsSessions() {
    UserSessions sessions = UserSessions.NONE.renewed(KEPT).ending(ENDED, NOON);
    UserAccess active = UserAccess.of(user(Role.PILOT, TENANT, UserStatus.ACTIVE, sessions));
    assertThat(active.admitsSession(KEPT, 0)).isTrue();
    assertThat(active.admitsSession(UUID.randomUUID(), 1)).isTrue();
    assertThat(active.admitsSession(UUID.randomUUID(), 0)).isFalse();
    assertThat(active.admitsSession(ENDED, 1)).isFalse();
    UserAccess suspended = UserAccess.of(user(Role.PILOT, TENANT, UserStatus.SUSPENDED, sessions));
    assertThat(suspended.admitsSession(UUID.randomUUID(), 1)).isFalse();
  }
}

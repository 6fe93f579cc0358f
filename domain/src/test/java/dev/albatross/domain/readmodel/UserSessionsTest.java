package dev.albatross.domain.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UserSessions: which tokens of a user hold")
class UserSessionsTest {
  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000d002");
  private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

  @Test
  @DisplayName("a token of the current generation holds; one of an older generation does not")
  void generations() {
    UserSessions renewed = UserSessions.NONE.renewed(null);
    assertThat(UserSessions.NONE.admit(A, 0)).isTrue();
    assertThat(renewed.admit(A, 0)).isFalse();
    assertThat(renewed.admit(A, 1)).isTrue();
    assertThat(renewed.admit(null, 0)).isFalse();
  }

  @Test
  @DisplayName("the session kept by a renewal holds, the others of its generation do not")
  void keptSession() {
    UserSessions renewed = UserSessions.NONE.renewed(A);
    assertThat(renewed.admit(A, 0)).isTrue();
    assertThat(renewed.admit(B, 0)).isFalse();
    assertThat(renewed.renewed(null).admit(A, 0)).as("a later renewal keeping nothing").isFalse();
  }

  @Test
  @DisplayName("an ended session is refused whatever its generation, the others hold")
  void endedSession() {
    UserSessions ended = UserSessions.NONE.ending(A, NOON);
    assertThat(ended.admit(A, 0)).isFalse();
    assertThat(ended.admit(B, 0)).isTrue();
    assertThat(ended.renewed(A).admit(A, 0)).isFalse();
  }

  @Test
  @DisplayName("sign-outs of expired tokens are forgotten, the others kept")
  void forgetsExpired() {
    UserSessions ended = UserSessions.NONE.ending(A, NOON).ending(B, NOON.plusSeconds(3600));
    assertThat(ended.at(NOON.minusSeconds(1))).isSameAs(ended);
    assertThat(ended.at(NOON).ended()).containsOnlyKeys(B);
  }

  @Test
  @DisplayName("ended sessions survive their text form")
  void text() {
    UserSessions ended = UserSessions.NONE.ending(A, NOON).ending(B, NOON.plusMillis(1));
    assertThat(UserSessions.parseEnded(ended.endedText())).isEqualTo(ended.ended());
    assertThat(UserSessions.parseEnded("")).isEqualTo(Map.of());
  }
}

package dev.albatross.domain.model.unique;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.unique.UniqueValue.Reserve;
import dev.albatross.domain.model.unique.UniqueValue.UniqueValueReserved;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("UniqueValue")
class UniqueValueTest {

  private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  private static final UUID OTHER_OWNER = UUID.fromString("00000000-0000-0000-0000-00000000a002");

  private final DeciderSpec<Reserve, Optional<UUID>, UniqueValueReserved> spec = DeciderSpec.of(new UniqueValue());

  @Nested
  @DisplayName("Reserve")
  class ReserveValue {

    @Test
    @DisplayName("a free value is reserved for its owner")
    void reserves() {
      spec.given()
          .when(new Reserve(UniqueValue.TENANT_ICAO, "ALB", OWNER))
          .then(new UniqueValueReserved(UniqueValue.TENANT_ICAO, "ALB", OWNER))
          .andState(Optional.of(OWNER));
    }

    @Test
    @DisplayName("a taken ICAO code is a conflict that names what is taken")
    void icaoTaken() {
      var refusal = spec.given(new UniqueValueReserved(UniqueValue.TENANT_ICAO, "ALB", OWNER))
          .when(new Reserve(UniqueValue.TENANT_ICAO, "ALB", OTHER_OWNER))
          .thenRefuses(Conflict.class);
      assertThat(refusal.detail()).isEqualTo("The ICAO code is already taken.");
    }

    @Test
    @DisplayName("a taken e-mail address is a conflict that names what is taken")
    void emailTaken() {
      var refusal = spec.given(new UniqueValueReserved(UniqueValue.USER_EMAIL, "pat@alb.test", OWNER))
          .when(new Reserve(UniqueValue.USER_EMAIL, "pat@alb.test", OTHER_OWNER))
          .thenRefuses(Conflict.class);
      assertThat(refusal.detail()).isEqualTo("The e-mail address is already taken.");
    }

    @Test
    @DisplayName("a value is taken even for the owner that holds it")
    void takenBySameOwner() {
      spec.given(new UniqueValueReserved(UniqueValue.PLATFORM_BOOTSTRAP, "initial-admin", OWNER))
          .when(new Reserve(UniqueValue.PLATFORM_BOOTSTRAP, "initial-admin", OWNER))
          .thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("stream id")
  class StreamId {

    @Test
    @DisplayName("the same value in the same scope is always the same stream")
    void stable() {
      assertThat(UniqueValue.streamId(UniqueValue.TENANT_ICAO, "ALB"))
          .isEqualTo(UniqueValue.streamId(UniqueValue.TENANT_ICAO, "ALB"));
    }

    @Test
    @DisplayName("another value or another scope is another stream")
    void distinct() {
      UUID icao = UniqueValue.streamId(UniqueValue.TENANT_ICAO, "ALB");
      assertThat(UniqueValue.streamId(UniqueValue.TENANT_ICAO, "ALC")).isNotEqualTo(icao);
      assertThat(UniqueValue.streamId(UniqueValue.USER_EMAIL, "ALB")).isNotEqualTo(icao);
    }
  }
}

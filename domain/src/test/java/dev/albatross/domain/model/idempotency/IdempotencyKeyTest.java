package dev.albatross.domain.model.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.idempotency.IdempotencyKey.Claim;
import dev.albatross.domain.model.idempotency.IdempotencyKey.IdempotencyKeyClaimed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("IdempotencyKey")
class IdempotencyKeyTest {

  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  private static final UUID OTHER_USER = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  private static final UUID PIREP = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  private static final UUID NEXT_PIREP = UUID.fromString("00000000-0000-0000-0000-00000000d002");
  private static final String KEY = "retry-7f3a";
  private static final Instant CLAIMED_AT = Instant.parse("2025-03-01T10:00:00Z");

  private static final IdempotencyKeyClaimed CLAIMED = new IdempotencyKeyClaimed(USER, KEY, PIREP, CLAIMED_AT);

  private final DeciderSpec<Claim, Optional<IdempotencyKeyClaimed>, IdempotencyKeyClaimed> spec =
      DeciderSpec.of(new IdempotencyKey());

  @Nested
  @DisplayName("Claim")
  class ClaimKey {

    @Test
    @DisplayName("an unused key is claimed for the PIREP it produces")
    void claims() {
      spec.given()
          .when(new Claim(USER, KEY, PIREP, CLAIMED_AT))
          .then(CLAIMED)
          .andState(Optional.of(CLAIMED));
    }

    @Test
    @DisplayName("a claim older than 24 hours lets a new claim through, which replaces it")
    void expiredClaim() {
      Instant later = CLAIMED_AT.plus(Duration.ofHours(25));
      IdempotencyKeyClaimed reclaimed = new IdempotencyKeyClaimed(USER, KEY, NEXT_PIREP, later);
      spec.given(CLAIMED)
          .when(new Claim(USER, KEY, NEXT_PIREP, later))
          .then(reclaimed)
          .andState(Optional.of(reclaimed));
    }

    @Test
    @DisplayName("a live claim met when deciding is a lost race, reported as a concurrency conflict to retry")
    void liveClaim() {
      spec.given(CLAIMED)
          .when(new Claim(USER, KEY, NEXT_PIREP, CLAIMED_AT.plus(Duration.ofHours(1))))
          .thenRefuses(ConcurrencyConflict.class);
    }
  }

  @Nested
  @DisplayName("livePirep")
  class LivePirep {

    @Test
    @DisplayName("an unused key has no PIREP")
    void unused() {
      assertThat(IdempotencyKey.livePirep(spec.given().state(), CLAIMED_AT)).isEmpty();
    }

    @Test
    @DisplayName("within 24 hours of the claim, a retry is answered with the claimed PIREP")
    void withinWindow() {
      var claim = spec.given(CLAIMED).state();
      assertThat(IdempotencyKey.livePirep(claim, CLAIMED_AT)).contains(PIREP);
      assertThat(IdempotencyKey.livePirep(claim, CLAIMED_AT.plus(Duration.ofHours(24)).minusMillis(1)))
          .contains(PIREP);
    }

    @Test
    @DisplayName("from 24 hours after the claim on, the claim is spent")
    void afterWindow() {
      var claim = spec.given(CLAIMED).state();
      assertThat(IdempotencyKey.livePirep(claim, CLAIMED_AT.plus(Duration.ofHours(24)))).isEmpty();
      assertThat(IdempotencyKey.livePirep(claim, CLAIMED_AT.plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    @DisplayName("a renewed claim answers with the new PIREP")
    void renewed() {
      Instant later = CLAIMED_AT.plus(Duration.ofHours(25));
      var claim = spec.given(CLAIMED, new IdempotencyKeyClaimed(USER, KEY, NEXT_PIREP, later)).state();
      assertThat(IdempotencyKey.livePirep(claim, later.plus(Duration.ofHours(1)))).contains(NEXT_PIREP);
    }
  }

  @Nested
  @DisplayName("stream id")
  class StreamId {

    @Test
    @DisplayName("a key is one stream per user: the same key of another user is another stream")
    void perUser() {
      assertThat(IdempotencyKey.streamId(USER, KEY)).isEqualTo(IdempotencyKey.streamId(USER, KEY));
      assertThat(IdempotencyKey.streamId(OTHER_USER, KEY)).isNotEqualTo(IdempotencyKey.streamId(USER, KEY));
      assertThat(IdempotencyKey.streamId(USER, "another")).isNotEqualTo(IdempotencyKey.streamId(USER, KEY));
    }
  }
}

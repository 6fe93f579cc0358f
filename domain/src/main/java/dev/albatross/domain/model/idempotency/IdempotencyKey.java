package dev.albatross.domain.model.idempotency;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's {@code Idempotency-Key} for one user, as a stream of its own: the claim names the
 * PIREP the key produced. A claim younger than 24 hours answers a retry with that PIREP; an older
 * one lets the key be used again.
 */
public final class IdempotencyKey
    implements Decider<IdempotencyKey.Claim, Optional<IdempotencyKey.IdempotencyKeyClaimed>, IdempotencyKey.IdempotencyKeyClaimed> {

  public static final Duration WINDOW = Duration.ofHours(24);

  public record Claim(UUID userId, String key, UUID pirepId, Instant at) {}

  public record IdempotencyKeyClaimed(UUID userId, String key, UUID pirepId, Instant claimedAt) implements DomainEvent {}

  public static UUID streamId(UUID userId, String key) {
    return UUID.nameUUIDFromBytes(("idempotency:" + userId + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The PIREP an earlier request with this key produced, if that claim is still within the window at {@code now}. */
  public static Optional<UUID> livePirep(Optional<IdempotencyKeyClaimed> claim, Instant now) {
    return claim.filter(c -> c.claimedAt().plus(WINDOW).isAfter(now)).map(IdempotencyKeyClaimed::pirepId);
  }

  @Override
  public Class<IdempotencyKeyClaimed> eventType() {
    return IdempotencyKeyClaimed.class;
  }

  @Override
  public Optional<IdempotencyKeyClaimed> initialState() {
    return Optional.empty();
  }

  /**
   * The caller answers a live claim with its PIREP before it decides. A live claim here was made by
   * a concurrent request between that look and this decision: the race is reported as such, and a
   * retry answers with the winner's PIREP.
   */
  @Override
  public List<IdempotencyKeyClaimed> decide(Claim command, Optional<IdempotencyKeyClaimed> state) {
    if (livePirep(state, command.at()).isPresent()) {
      throw new ConcurrencyConflict(streamId(command.userId(), command.key()));
    }
    return List.of(new IdempotencyKeyClaimed(command.userId(), command.key(), command.pirepId(), command.at()));
  }

  @Override
  public Optional<IdempotencyKeyClaimed> evolve(Optional<IdempotencyKeyClaimed> state, IdempotencyKeyClaimed event) {
    return Optional.of(event);
  }
}

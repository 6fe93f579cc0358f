package dev.albatross.domain.readmodel;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.UUID;

/**
 * Records when an API key was last used, for its owner to see ({@code lastUsedAt}). This is the
 * one write to the read models that is no event: it happens on reads, far too often to be worth
 * an event each, so a rebuild of the read models from the events loses it, knowingly.
 */
public interface ApiKeyUsage {
  Future<Void> touch(UUID keyId, Instant at);
}

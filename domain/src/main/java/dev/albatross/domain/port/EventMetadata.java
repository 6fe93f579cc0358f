package dev.albatross.domain.port;

import java.time.Instant;
import java.util.UUID;

/** Who caused an append, when, and within which request (correlation) and command (causation). */
public record EventMetadata(UUID actorId, Instant occurredAt, UUID correlationId, UUID causationId) {}

package dev.albatross.domain.app;

import java.time.Instant;
import java.util.UUID;

/** What travels with every command: its id, who sent it, when, and the request it belongs to. */
public record CommandContext(UUID commandId, Actor actor, Instant issuedAt, UUID correlationId) {}

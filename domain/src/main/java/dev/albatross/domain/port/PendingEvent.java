package dev.albatross.domain.port;

import dev.albatross.domain.model.DomainEvent;
import java.util.UUID;

public record PendingEvent(UUID eventId, DomainEvent event) {}

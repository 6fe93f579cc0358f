package dev.albatross.domain.readmodel;

import java.time.Instant;
import java.util.UUID;

public record TenantView(UUID id, String name, String icao, Instant createdAt, long version) {}

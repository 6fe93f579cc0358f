package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.Role;
import java.time.Instant;
import java.util.UUID;

/** A key with what authenticating with it needs: its owner's role and tenant. */
public record ApiKeyView(
    UUID id,
    UUID userId,
    Role role,
    UUID tenantId,
    String name,
    String prefix,
    String keyHash,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public ApiKeyView withLastUsedAt(Instant at) {
    return new ApiKeyView(id, userId, role, tenantId, name, prefix, keyHash, createdAt, at, revokedAt);
  }
}

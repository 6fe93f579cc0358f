package dev.albatross.domain.readmodel;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;

public interface ApiKeyQueries {
  /** The key whose SHA-256 hash (hex) is {@code keyHash}, revoked or not. */
  Future<Optional<ApiKeyView>> byHash(String keyHash);

  Future<Page<ApiKeyView>> ofUser(UUID userId, PageRequest page);
}

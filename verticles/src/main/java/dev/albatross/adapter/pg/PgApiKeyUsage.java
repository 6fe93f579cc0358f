package dev.albatross.adapter.pg;

import dev.albatross.domain.readmodel.ApiKeyUsage;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.UUID;

/** Records API keys' last use in their rows of {@code api_keys}, beside what the events wrote there. */
public final class PgApiKeyUsage implements ApiKeyUsage {
  private final Pool pool;
  private final PgApiKeyTable apiKeys = new PgApiKeyTable();

  public PgApiKeyUsage(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> touch(UUID keyId, Instant at) {
    return apiKeys.touch(pool, keyId, at);
  }
}

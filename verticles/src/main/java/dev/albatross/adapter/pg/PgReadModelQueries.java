package dev.albatross.adapter.pg;

import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Filters.PirepFilter;
import dev.albatross.domain.readmodel.Filters.TenantFilter;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.TenantQueries;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.Optional;
import java.util.UUID;

/** Reads the read models in PostgreSQL tables, as {@link PgReadModelWriter} keeps them. */
public final class PgReadModelQueries implements TenantQueries, UserQueries, ApiKeyQueries, PirepQueries {
  private final Pool pool;
  private final PgTenantTable tenants = new PgTenantTable();
  private final PgUserTable users = new PgUserTable();
  private final PgApiKeyTable apiKeys = new PgApiKeyTable();
  private final PgPirepTable pireps = new PgPirepTable();

  public PgReadModelQueries(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Optional<TenantView>> tenant(UUID id) {
    return tenants.find(pool, id);
  }

  @Override
  public Future<Page<TenantView>> tenants(TenantFilter filter, PageRequest page) {
    return tenants.page(pool, filter, page);
  }

  @Override
  public Future<Optional<UserView>> user(UUID id) {
    return users.find(pool, id);
  }

  @Override
  public Future<Page<UserView>> users(UserFilter filter, PageRequest page) {
    return users.page(pool, filter, page);
  }

  @Override
  public Future<Optional<ApiKeyView>> byHash(String keyHash) {
    return apiKeys.byHash(pool, keyHash);
  }

  @Override
  public Future<Page<ApiKeyView>> ofUser(UUID userId, PageRequest page) {
    return apiKeys.ofUser(pool, userId, page);
  }

  @Override
  public Future<Optional<PirepView>> pirep(UUID id) {
    return pireps.find(pool, id);
  }

  @Override
  public Future<Page<PirepView>> pireps(PirepFilter filter, PageRequest page) {
    return pireps.page(pool, filter, page);
  }
}

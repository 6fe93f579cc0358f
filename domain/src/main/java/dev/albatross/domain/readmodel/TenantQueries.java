package dev.albatross.domain.readmodel;

import dev.albatross.domain.readmodel.Filters.TenantFilter;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;

public interface TenantQueries {
  Future<Optional<TenantView>> tenant(UUID id);

  Future<Page<TenantView>> tenants(TenantFilter filter, PageRequest page);
}

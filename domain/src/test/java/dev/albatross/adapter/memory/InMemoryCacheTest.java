package dev.albatross.adapter.memory;

import dev.albatross.contract.CacheContract;
import dev.albatross.domain.port.Cache;

class InMemoryCacheTest extends CacheContract {
  @Override
  protected Cache emptyCache() {
    return new InMemoryCache();
  }
}

package dev.albatross.http.archfixture;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.domain.port.Cache;

/** Breaks {@code ArchitectureTest.HTTP_REACHES_NO_ADAPTER}: a route that builds its own adapter. */
public final class RouteReachingIntoAdapter {
  public Cache cache() {
    return new InMemoryCache();
  }
}

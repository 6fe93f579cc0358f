package dev.albatross.adapter.redis.archfixture;

import dev.albatross.adapter.Backoff;

/** Keeps every rule: an adapter may use the utilities shared by all adapters. */
public final class RedisUsingSharedBackoff {
  public long pauseMillis(Backoff backoff) {
    return backoff.nextMillis();
  }
}

package dev.albatross.http;

import dev.albatross.domain.port.Cache;
import dev.albatross.http.CachedReads.CachedPirep;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A gateway's own copies of the PIREPs it answered or heard of lately, in front of the shared
 * cache in Redis, each kept at most {@link #TTL}. A live notification about a PIREP replaces its
 * copy before the bridge forwards it, so a client that saw a change never reads an older copy
 * here afterwards. A copy read from the shared cache or the read model only fills a gap and never
 * replaces one: a notification may have overtaken that read. Copies are kept only while the
 * process hears every notification, that is while its Redis subscription stands (a process
 * without Redis has its shared cache in memory already, and keeps none); none from before a lost
 * subscription is kept after it. What is left (notifications of two workers overtaking each other
 * during a failover) is stale for at most the {@link #TTL}. API keys are never kept here: a
 * revocation must hold on every gateway.
 */
public final class PirepNearCache {
  static final Duration TTL = Duration.ofSeconds(1);

  /** Makes an empty store of copies, local to this process. */
  private final Supplier<Cache> fresh;
  /** The copies; none until the process hears every notification, and none while it may miss some. */
  private volatile Cache copies;

  public PirepNearCache(Supplier<Cache> fresh) {
    this.fresh = fresh;
  }

  public Future<Optional<CachedPirep>> get(UUID id) {
    Cache held = copies;
    return held == null
        ? Future.succeededFuture(Optional.empty())
        : held.get(CachedReads.pirep(id)).map(entry -> entry.map(CachedPirep::parse));
  }

  /** A copy read from the shared cache or the read model: kept only where there is none. */
  public void offer(UUID id, CachedPirep pirep) {
    Cache held = copies;
    if (held != null) {
      held.putIfAbsent(CachedReads.pirep(id), pirep.entry(), TTL);
    }
  }

  /** A live notification (its {@code body} holds a {@code pirep} when it is about one): its copy replaces any other. */
  public void heard(JsonObject notification) {
    JsonObject body = notification.getJsonObject("body");
    JsonObject pirep = body == null ? null : body.getJsonObject("pirep");
    Cache held = copies;
    if (pirep == null || held == null) {
      return;
    }
    CachedPirep copy = new CachedPirep(UUID.fromString(pirep.getString("tenantId")), pirep.encode());
    held.put(CachedReads.pirep(UUID.fromString(pirep.getString("id"))), copy.entry(), TTL);
  }

  /** Whether the process hears every notification; each change drops every copy. */
  public void hearing(boolean hearing) {
    copies = hearing ? fresh.get() : null;
  }
}

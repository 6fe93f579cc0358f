package dev.albatross.domain.app;

import dev.albatross.domain.model.pirep.PirepEvent;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.UUID;

/**
 * The cache keys of hot reads, and their upkeep: a projection drops a cached entry as soon as
 * the read model under it changes, so no gateway answers from a stale copy.
 */
public final class CachedReads implements ReadModelListener {

  private final Cache cache;
  private final EventStore store;

  public CachedReads(Cache cache, EventStore store) {
    this.cache = cache;
    this.store = store;
  }

  public static String apiKey(String keyHash) {
    return "api-key:" + keyHash;
  }

  public static String pirep(UUID pirepId) {
    return "pirep:" + pirepId;
  }

  @Override
  public Future<Void> applied(RecordedEvent e) {
    if (e.event() instanceof PirepEvent) {
      return cache.invalidate(pirep(e.streamId()));
    }
    if (e.event() instanceof ApiKeyRevoked revoked) {
      return keyHash(e.streamId(), revoked.keyId()).compose(hash -> cache.invalidate(apiKey(hash)));
    }
    return Future.succeededFuture();
  }

  /** The revoked key's hash, from the owner's stream (revocations are rare; the stream is short). */
  private Future<String> keyHash(UUID userId, UUID keyId) {
    return store.load(userId).map(history -> history.stream()
        .map(RecordedEvent::event)
        .filter(ev -> ev instanceof ApiKeyGenerated g && g.keyId().equals(keyId))
        .map(ev -> ((ApiKeyGenerated) ev).keyHash())
        .findFirst()
        .orElseThrow());
  }
}

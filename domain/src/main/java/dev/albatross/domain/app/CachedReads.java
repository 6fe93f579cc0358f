package dev.albatross.domain.app;

import dev.albatross.domain.model.pirep.PirepEvent;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;

/**
 * The cache of hot reads and its upkeep. Projections write the new value through as soon as the
 * read model under it changes; readers only ever fill a miss ({@link Cache#putIfAbsent}). A
 * reader that read the row before the change therefore cannot put its stale copy back.
 */
public final class CachedReads implements ReadModelListener {
  /** How long an API key's principal is cached; a revocation overwrites it at once. */
  public static final Duration API_KEY_TTL = Duration.ofMinutes(5);
  public static final Duration PIREP_TTL = Duration.ofSeconds(30);
  /** What a revoked key's entry holds: nothing but the refusal. */
  public static final String REVOKED_KEY = new JsonObject().put("revoked", true).encode();

  private final Cache cache;
  private final EventStore store;
  private final PirepQueries pireps;

  public CachedReads(Cache cache, EventStore store, PirepQueries pireps) {
    this.cache = cache;
    this.store = store;
    this.pireps = pireps;
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
      return pireps.pirep(e.streamId()).compose(p -> p.isEmpty()
          ? cache.invalidate(pirep(e.streamId()))
          : cache.put(pirep(e.streamId()), Representations.pirep(p.get()).encode(), PIREP_TTL));
    }
    if (e.event() instanceof ApiKeyRevoked revoked) {
      return keyHash(e.streamId(), revoked.keyId()).compose(hash -> cache.put(apiKey(hash), REVOKED_KEY, API_KEY_TTL));
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

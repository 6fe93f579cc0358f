package dev.albatross.domain.app;

import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Representations;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
  /** How long a user's {@link UserAccess} is cached; every change to the user overwrites it at once. */
  public static final Duration USER_ACCESS_TTL = Duration.ofMinutes(5);
  /** What a revoked key's entry holds: nothing but the refusal. */
  public static final String REVOKED_KEY = new JsonObject().put("revoked", true).encode();

  private final Cache cache;
  private final EventStore store;

  public CachedReads(Cache cache, EventStore store) {
    this.cache = cache;
    this.store = store;
  }

  public static String apiKey(String keyHash) {
    return "api-key:" + keyHash;
  }

  public static String userAccess(UUID userId) {
    return "user-access:" + userId;
  }

  public static String pirep(UUID pirepId) {
    return "pirep-entry:" + pirepId;
  }

  /**
   * A PIREP as the cache holds it: its airline's id, by which a reader checks access, and the
   * representation the API answers, kept encoded so a hit is written out as it is.
   */
  public record CachedPirep(UUID tenantId, String json) {
    public static CachedPirep of(PirepView pirep) {
      return new CachedPirep(pirep.tenantId(), Representations.pirep(pirep).encode());
    }

    public static CachedPirep parse(String entry) {
      int end = entry.indexOf('\n');
      return new CachedPirep(UUID.fromString(entry.substring(0, end)), entry.substring(end + 1));
    }

    public String entry() {
      return tenantId + "\n" + json;
    }
  }

  /** The changes' new entries, written together and in order once all are known. */
  @Override
  public Future<Void> applied(List<Applied> changes) {
    List<Future<Cache.Entry>> entries = new ArrayList<>();
    for (Applied change : changes) {
      RecordedEvent e = change.event();
      if (change.row() instanceof PirepView p) {
        entries.add(Future.succeededFuture(new Cache.Entry(pirep(p.id()), CachedPirep.of(p).entry(), PIREP_TTL)));
      } else if (change.row() instanceof UserView u) {
        entries.add(Future.succeededFuture(new Cache.Entry(userAccess(u.id()), UserAccess.of(u).entry(),
            USER_ACCESS_TTL)));
      }
      if (e.event() instanceof ApiKeyRevoked revoked) {
        entries.add(keyHash(e.streamId(), revoked.keyId()).map(hash -> new Cache.Entry(apiKey(hash), REVOKED_KEY,
            API_KEY_TTL)));
      }
    }
    if (entries.isEmpty()) {
      return Future.succeededFuture();
    }
    return Future.all(entries).compose(known -> cache.putAll(known.list()));
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

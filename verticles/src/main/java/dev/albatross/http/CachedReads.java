package dev.albatross.http;

import dev.albatross.domain.app.ReadModelListener;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cache of hot reads: its keys, the form of its entries, and its upkeep. Projections write
 * the new value through as soon as the read model under it changes; readers only ever fill a miss
 * ({@link Cache#putIfAbsent}). A reader that read the row before the change therefore cannot put
 * its stale copy back.
 */
public final class CachedReads implements ReadModelListener {
  /** How long an API key's principal is cached; a revocation overwrites it at once. */
  public static final Duration API_KEY_TTL = Duration.ofMinutes(5);
  public static final Duration PIREP_TTL = Duration.ofSeconds(30);
  /** How long a user's {@link UserAccess} is cached; every change to the user overwrites it at once. */
  public static final Duration USER_ACCESS_TTL = Duration.ofMinutes(5);
  /** What a revoked key's entry holds: nothing but the refusal. */
  static final String REVOKED_KEY = new JsonObject().put("revoked", true).encode();

  private final Cache cache;

  public CachedReads(Cache cache) {
    this.cache = cache;
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

  /**
   * An API key's principal as the cache holds it: what authenticating with the key needs, so a hit
   * reads neither the key nor its owner. A revoked key's entry is {@link #REVOKED_KEY}.
   */
  public record CachedKey(UUID keyId, UUID userId, Role role, UUID tenantId, String name) {
    /** The entry of {@code key}, whose owner is called {@code ownerName}. */
    public static String entry(ApiKeyView key, String ownerName) {
      if (key.revokedAt() != null) {
        return REVOKED_KEY;
      }
      return new JsonObject()
          .put("keyId", key.id().toString())
          .put("userId", key.userId().toString())
          .put("role", key.role().name())
          .put("tenantId", key.tenantId() == null ? null : key.tenantId().toString())
          .put("name", ownerName)
          .put("revoked", false)
          .encode();
    }

    /** The key's principal, or nothing when the entry says it is revoked. */
    public static Optional<CachedKey> parse(String entry) {
      JsonObject e = new JsonObject(entry);
      if (e.getBoolean("revoked", false)) {
        return Optional.empty();
      }
      String tenant = e.getString("tenantId");
      return Optional.of(new CachedKey(UUID.fromString(e.getString("keyId")), UUID.fromString(e.getString("userId")),
          Role.valueOf(e.getString("role")), tenant == null ? null : UUID.fromString(tenant), e.getString("name")));
    }
  }

  /**
   * The changes' new entries, written together and in order: a PIREP's new row, a user's access
   * (who may act, and which sessions hold), a revoked key's refusal.
   */
  @Override
  public Future<Void> applied(List<Applied> changes) {
    List<Cache.Entry> entries = new ArrayList<>();
    for (Applied change : changes) {
      if (change.row() instanceof PirepView p) {
        entries.add(new Cache.Entry(pirep(p.id()), CachedPirep.of(p).entry(), PIREP_TTL));
      } else if (change.row() instanceof UserView u) {
        entries.add(new Cache.Entry(userAccess(u.id()), UserAccess.of(u).entry(), USER_ACCESS_TTL));
      } else if (change.row() instanceof ApiKeyView key && key.revokedAt() != null) {
        entries.add(new Cache.Entry(apiKey(key.keyHash()), REVOKED_KEY, API_KEY_TTL));
      }
    }
    return entries.isEmpty() ? Future.succeededFuture() : cache.putAll(entries);
  }
}

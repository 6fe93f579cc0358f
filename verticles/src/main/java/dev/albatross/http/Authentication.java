package dev.albatross.http;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.UserDirectory;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.domain.readmodel.ApiKeyUsage;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.http.CachedReads.CachedKey;
import dev.albatross.security.Secrets;
import dev.albatross.security.Tokens;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates requests by {@code Authorization: Bearer <jwt>} or {@code X-API-Key}. A key is
 * looked up by its SHA-256 hash, cached, and refused once revoked. Either acts only while its
 * user is active, and a token only while its session holds ({@link UserAccess}, one cache read). {@link #ready()} adds the
 * rule that a user who must change their password may do nothing else first.
 */
public final class Authentication {
  private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final String BAD_KEY = "The API key is invalid or revoked.";
  private static final String SESSION_ENDED = "The session has ended; sign in again.";

  private final Tokens tokens;
  private final ApiKeyQueries apiKeys;
  private final ApiKeyUsage usage;
  private final UserQueries users;
  private final UserDirectory directory;
  private final Cache cache;
  private final Clock clock;
  private final Map<UUID, Instant> lastTouched = new ConcurrentHashMap<>();
  private final ReadConsistency reads;

  public Authentication(Tokens tokens, ApiKeyQueries apiKeys, ApiKeyUsage usage, UserQueries users,
      UserDirectory directory, Cache cache, Clock clock, ReadConsistency reads) {
    this.tokens = tokens;
    this.apiKeys = apiKeys;
    this.usage = usage;
    this.users = users;
    this.directory = directory;
    this.cache = cache;
    this.clock = clock;
    this.reads = reads;
  }

  /**
   * Any authenticated caller, even one who must change their password first. Like {@link #ready},
   * a read that asks for a position ({@code Albatross-Min-Position}) goes on once the read models
   * reached it: only an authenticated caller can make a gateway wait.
   */
  public Handler<RoutingContext> any() {
    return ctx -> principal(ctx).compose(p -> readable(ctx, p)).onSuccess(p -> {
      p.attachTo(ctx);
      ctx.next();
    }).onFailure(ctx::fail);
  }

  /** An authenticated caller who has no password change pending. */
  public Handler<RoutingContext> ready() {
    return ctx -> principal(ctx).compose(this::passwordChanged).compose(p -> readable(ctx, p)).onSuccess(p -> {
      p.attachTo(ctx);
      ctx.next();
    }).onFailure(ctx::fail);
  }

  private Future<Principal> readable(RoutingContext ctx, Principal p) {
    return ctx.request().method() == HttpMethod.GET ? reads.beforeRead(ctx).map(p) : Future.succeededFuture(p);
  }

  private Future<Principal> principal(RoutingContext ctx) {
    return authenticate(ctx.request().getHeader("Authorization"), ctx.request().getHeader("X-API-Key"));
  }

  /** The caller named by these credentials, with no password change pending: what the live bridge accepts. */
  public Future<Principal> authenticateReady(String authorization, String key) {
    return authenticate(authorization, key).compose(this::passwordChanged);
  }

  private Future<Principal> authenticate(String authorization, String key) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokens.verify(authorization.substring(7).trim()).compose(this::sessionPrincipal);
    }
    if (key != null) {
      return byApiKey(key.trim());
    }
    return Future.failedFuture(new Unauthorized("Sign in, or send a valid API key."));
  }

  /**
   * A token holds while its user is active and its session has not ended; the caller acts with
   * the role, airline and name the user has now, whatever the token was issued with.
   */
  private Future<Principal> sessionPrincipal(Tokens.Claims c) {
    return access(c.actor().userId()).compose(a -> a.admitsSession(c.sessionId(), c.generation())
        ? Future.succeededFuture(new Principal(a.actor(), a.displayName(), PirepSource.MANUAL, c.mustChangePassword(),
            c.sessionId() == null ? null : new Principal.Session(c.sessionId(), c.expiresAt())))
        : Future.failedFuture(new Unauthorized(SESSION_ENDED)));
  }

  /**
   * The user as authentication sees them: from the shared cache, which the projections overwrite
   * on every change to the user before a write to who may do what answers; a miss is filled from
   * the read model, never over what a projection wrote meanwhile. While the cache cannot be
   * reached, the read model answers alone: slower, as exact.
   */
  private Future<UserAccess> access(UUID userId) {
    String key = CachedReads.userAccess(userId);
    return cache.get(key).otherwise(Optional.empty()).compose(cached -> {
      if (cached.isPresent()) {
        return Future.succeededFuture(UserAccess.parse(cached.get()));
      }
      // a user the read models do not show yet (their projection lags, or no worker runs) is read from their events
      return users.user(userId).compose(user -> user.isPresent() ? Future.succeededFuture(user)
          : directory.byId(userId).map(found -> found.map(UserDirectory.UserRecord::view))).compose(user -> {
        if (user.isEmpty()) {
          return Future.failedFuture(new Unauthorized(SESSION_ENDED));
        }
        UserAccess access = UserAccess.of(user.get());
        return cache.putIfAbsent(key, access.entry(), CachedReads.USER_ACCESS_TTL).otherwiseEmpty().map(access);
      });
    });
  }

  /** A token issued before the change still says a change is due: the event store has the last word. */
  private Future<Principal> passwordChanged(Principal p) {
    if (!p.mustChangePassword()) {
      return Future.succeededFuture(p);
    }
    return directory.byId(p.actor().userId()).compose(user -> user.isPresent() && !user.get().state().mustChangePassword()
        ? Future.succeededFuture(p)
        : Future.failedFuture(Forbidden.passwordChangeRequired()));
  }

  private Future<Principal> byApiKey(String key) {
    if (!key.startsWith(Secrets.API_KEY_PREFIX) || key.length() > 100) {
      return Future.failedFuture(new Unauthorized(BAD_KEY));
    }
    String hash = Secrets.sha256Hex(key);
    return cache.get(CachedReads.apiKey(hash))
        .compose(cached -> cached.isPresent()
            ? Future.succeededFuture(CachedKey.parse(cached.get()))
            : lookUpKey(hash))
        .compose(this::keyPrincipal);
  }

  private Future<Optional<CachedKey>> lookUpKey(String hash) {
    return apiKeys.byHash(hash).compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture(Optional.<CachedKey>empty());
      }
      ApiKeyView k = found.get();
      return users.user(k.userId()).compose(owner -> {
        String entry = CachedKey.entry(k, owner.map(u -> u.displayName()).orElse(""));
        return cache.putIfAbsent(CachedReads.apiKey(hash), entry, CachedReads.API_KEY_TTL).map(CachedKey.parse(entry));
      });
    });
  }

  /** A key acts as its owner while the owner is active, with the role, airline and name they have now. */
  private Future<Principal> keyPrincipal(Optional<CachedKey> entry) {
    if (entry.isEmpty()) {
      return Future.failedFuture(new Unauthorized(BAD_KEY));
    }
    CachedKey k = entry.get();
    return access(k.userId()).compose(owner -> {
      if (!owner.active()) {
        return Future.failedFuture(new Unauthorized(BAD_KEY));
      }
      touch(k.keyId());
      return Future.succeededFuture(new Principal(owner.actor(), owner.displayName(), PirepSource.API, false, null));
    });
  }

  /** Records a key's use now and then, not on every request: it is a hint for its owner, not an audit. */
  private void touch(UUID keyId) {
    Instant now = clock.instant();
    Instant last = lastTouched.get(keyId);
    if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
      lastTouched.put(keyId, now);
      usage.touch(keyId, now.truncatedTo(ChronoUnit.MILLIS)).onFailure(failure ->
          LOG.warn("The last use of API key {} was not recorded: {}", keyId, failure.toString()));
    }
  }
}

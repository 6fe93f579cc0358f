package dev.albatross.http;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.UserDirectory;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.StreamWrite;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.security.Secrets;
import dev.albatross.security.Tokens;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Session tokens checked against the user's cached access")
class AuthenticationSessionsTest {
  private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");

  private final Vertx vertx = Vertx.vertx();
  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Tokens tokens = new Tokens(vertx, Secrets.newSigningKey());
  private final UUID userId = UUID.randomUUID();
  private final UUID tenantId = UUID.randomUUID();

  @AfterEach
  void close() {
    await(vertx.close());
  }

  /** A cache that cannot be reached, as Redis while it restarts. */
  private static final class Unreachable implements Cache {
    private static <T> Future<T> down() {
      return Future.failedFuture(new IllegalStateException("connection refused"));
    }

    @Override
    public Future<Optional<String>> get(String key) {
      return down();
    }

    @Override
    public Future<Void> put(String key, String value, Duration ttl) {
      return down();
    }

    @Override
    public Future<Void> putAll(List<Entry> entries) {
      return down();
    }

    @Override
    public Future<Void> putIfAbsent(String key, String value, Duration ttl) {
      return down();
    }

    @Override
    public Future<Void> invalidate(String key) {
      return down();
    }
  }

  private Authentication authentication(Cache cache) {
    return new Authentication(tokens, readModels, (id, at) -> Future.succeededFuture(), readModels,
        new UserDirectory(store), cache, Clock.fixed(NOW, ZoneOffset.UTC),
        new ReadConsistency(vertx, store, new InMemoryCheckpointStore(), "projections"));
  }

  private String pilotToken() {
    await(readModels.apply(TestEvents.userRegistered(userId, tenantId, Role.PILOT, NOW)));
    Actor actor = new Actor(userId, Role.PILOT, tenantId);
    return "Bearer " + tokens.issue(actor, "Pat", false, 0, NOW).token();
  }

  @Test
  @DisplayName("the caller acts as the cache says the user is now, not as the token was issued")
  void actsAsCached() {
    String token = pilotToken();
    InMemoryCache cache = new InMemoryCache();
    await(readModels.apply(TestEvents.user(userId, tenantId, 2, NOW, new UserRoleChanged(Role.TENANT_ADMIN))));
    cache.put(CachedReads.userAccess(userId),
        UserAccess.of(await(readModels.user(userId)).orElseThrow()).entry(), Duration.ofMinutes(1));

    Principal caller = await(authentication(cache).authenticateReady(token, null));

    assertThat(caller.actor().role()).isEqualTo(Role.TENANT_ADMIN);
    assertThat(caller.session()).isNotNull();
  }

  @Test
  @DisplayName("while the cache cannot be reached the read model answers: an active user is let in, a suspended one refused")
  void cacheDown() {
    String token = pilotToken();
    Authentication auth = authentication(new Unreachable());

    assertThat(await(auth.authenticateReady(token, null)).actor().userId()).isEqualTo(userId);

    await(readModels.apply(TestEvents.user(userId, tenantId, 2, NOW, new UserSuspended("left"))));
    assertThatThrownBy(() -> await(auth.authenticateReady(token, null))).isInstanceOf(Unauthorized.class);
  }

  @Test
  @DisplayName("a user the read models do not show yet (no worker has projected them) is read from their events")
  void notProjectedYet() {
    RecordedEvent registered = TestEvents.userRegistered(userId, tenantId, Role.PILOT, NOW);
    await(store.append(List.of(new StreamWrite(userId, StreamTypes.USER, tenantId, 0,
        List.of(new PendingEvent(registered.eventId(), registered.event())))),
        new EventMetadata(userId, NOW, UUID.randomUUID(), null)));
    String token = "Bearer " + tokens.issue(new Actor(userId, Role.PILOT, tenantId), "Pat", false, 0, NOW).token();

    Principal caller = await(authentication(new InMemoryCache()).authenticateReady(token, null));

    assertThat(caller.actor().userId()).isEqualTo(userId);
    assertThat(await(readModels.user(userId))).isEmpty();
  }
}

package dev.albatross.http;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.app.UserDirectory;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.readmodel.ApiKeyUsage;
import dev.albatross.security.Secrets;
import dev.albatross.security.Tokens;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("An API key's last use, recorded through ApiKeyUsage")
class AuthenticationKeyUsageTest {
  private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123456Z");

  private final Vertx vertx = Vertx.vertx();
  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final UUID keyId = UUID.randomUUID();
  private final String key = Secrets.newApiKey();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(Authentication.class);

  @BeforeEach
  void keyOfAPilot() {
    UUID userId = UUID.randomUUID();
    UUID tenantId = UUID.randomUUID();
    await(readModels.apply(TestEvents.userRegistered(userId, tenantId, Role.PILOT, NOW)));
    await(readModels.apply(TestEvents.apiKeyGenerated(userId, tenantId, 2, keyId, Secrets.sha256Hex(key), NOW)));
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void close() {
    logger.detachAppender(logged);
    await(vertx.close());
  }

  private Authentication authentication(ApiKeyUsage usage) {
    return new Authentication(new Tokens(vertx, Secrets.newSigningKey()), readModels, usage, readModels,
        new UserDirectory(store), new InMemoryCache(), Clock.fixed(NOW, ZoneOffset.UTC),
        new ReadConsistency(vertx, store, new InMemoryCheckpointStore(), "projections"));
  }

  @Test
  @DisplayName("a key's use is recorded with its id and the time to the millisecond, at most once a minute")
  void recorded() {
    List<Instant> touched = new CopyOnWriteArrayList<>();
    Authentication auth = authentication((id, at) -> {
      assertThat(id).isEqualTo(keyId);
      touched.add(at);
      return Future.succeededFuture();
    });

    await(auth.authenticateReady(null, key));
    await(auth.authenticateReady(null, key));

    assertThat(touched).containsExactly(Instant.parse("2026-12-06T10:15:30.123Z"));
  }

  @Test
  @DisplayName("a use that cannot be recorded is logged, and the caller is still let in")
  void failureLogged() {
    Authentication auth = authentication((id, at) -> Future.failedFuture(new IllegalStateException("database down")));

    Principal caller = await(auth.authenticateReady(null, key));

    assertThat(caller.actor().role()).isEqualTo(Role.PILOT);
    assertThat(logged.list).anySatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getFormattedMessage()).contains(keyId.toString()).contains("database down");
    });
  }
}

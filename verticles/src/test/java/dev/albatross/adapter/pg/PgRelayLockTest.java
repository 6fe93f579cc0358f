package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgRelayLockTest {
  private Vertx vertx;
  private PgTestDatabase db;

  @BeforeAll
  void openDatabase() {
    vertx = Vertx.vertx();
    db = PgTestDatabase.createEmpty(vertx);
  }

  @AfterAll
  void dropDatabase() {
    db.close();
    await(vertx.close());
  }

  private PgRelayLock lock(long key) {
    return new PgRelayLock(vertx, db.options(), key);
  }

  @Test
  @DisplayName("only one holder at a time; released, the next one gets it")
  void oneHolder() {
    long key = ThreadLocalRandom.current().nextLong();
    PgRelayLock first = lock(key);
    PgRelayLock second = lock(key);

    assertThat(await(first.tryAcquire())).isTrue();
    assertThat(await(first.tryAcquire())).isTrue();
    assertThat(await(second.tryAcquire())).isFalse();
    assertThat(second.held()).isFalse();

    await(first.release());

    assertThat(first.held()).isFalse();
    assertThat(await(second.tryAcquire())).isTrue();
    await(second.release());
  }

  @Test
  @DisplayName("a holder whose session dies hears of the loss, and a standby takes over")
  void lostSession() {
    long key = ThreadLocalRandom.current().nextLong();
    AtomicBoolean lost = new AtomicBoolean();
    PgRelayLock active = lock(key).lostHandler(v -> lost.set(true));
    PgRelayLock standby = lock(key);
    assertThat(await(active.tryAcquire())).isTrue();

    await(db.pool().preparedQuery("select pg_terminate_backend(pid) from pg_locks "
            + "where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = $1")
        .execute(Tuple.of(key)));

    eventually(() -> assertThat(lost).isTrue());
    assertThat(active.held()).isFalse();
    assertThat(await(standby.tryAcquire())).isTrue();
    await(standby.release());
  }
}

package dev.albatross.live;

import dev.albatross.adapter.TestServices;
import dev.albatross.adapter.pg.PgTestDatabase;
import dev.albatross.app.Config;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/** Notifications travel through Redis here, and a gateway keeps its own PIREP copies in front of it. */
@DisplayName("Live bridge in one process, on PostgreSQL and Redis")
class LiveBridgeOnRedisTest extends LiveBridgeSuite {
  private PgTestDatabase database;

  @Override
  protected Config config(int port) {
    database = PgTestDatabase.createEmpty();
    return new Config(port, Set.of(Config.ProcessRole.GATEWAY, Config.ProcessRole.WORKER), Optional.of(database.url()),
        Optional.empty(), Optional.of(TestServices.redisUrl()), Optional.of("a signing key of at least 32 characters"),
        Optional.of(ADMIN), Optional.of(PASSWORD), List.of(), Optional.empty());
  }

  @Override
  protected void released() {
    database.close();
  }
}

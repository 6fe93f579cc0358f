package dev.albatross.live;

import dev.albatross.app.Config;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Live bridge in one process, in memory")
class LiveBridgeTest extends LiveBridgeSuite {
  @Override
  protected Config config(int port) {
    return Config.inMemory(port).withAdmin(ADMIN, PASSWORD);
  }
}

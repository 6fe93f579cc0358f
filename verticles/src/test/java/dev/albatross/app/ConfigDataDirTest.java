package dev.albatross.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ALBATROSS_DATA_DIR")
class ConfigDataDirTest {

  @Test
  @DisplayName("defaults to ./data")
  void defaultDirectory() {
    assertThat(Config.fromEnv(Map.of()).dataDir()).contains(Path.of("./data"));
  }

  @Test
  @DisplayName("names the directory to keep the events in")
  void givenDirectory() {
    assertThat(Config.fromEnv(Map.of("ALBATROSS_DATA_DIR", "/var/lib/albatross")).dataDir())
        .contains(Path.of("/var/lib/albatross"));
  }

  @Test
  @DisplayName("memory keeps nothing, as the in-memory configuration does")
  void memory() {
    assertThat(Config.fromEnv(Map.of("ALBATROSS_DATA_DIR", "memory")).dataDir()).isEmpty();
    assertThat(Config.inMemory(8080).dataDir()).isEmpty();
  }
}

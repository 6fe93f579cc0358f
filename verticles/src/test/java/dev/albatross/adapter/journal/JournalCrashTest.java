package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCrashTest {
  private static final int ACKS_BEFORE_KILL = 2_000;
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path dir;

  @AfterEach
  void closeVertx() {
    await(vertx.close());
  }

  @Test
  @DisplayName("every append answered before the process is killed (SIGKILL) is there after a restart")
  void answeredAppendsSurviveAKill() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), JournalCrashChild.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Set<UUID> acked = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      readAcks(out, acked, ACKS_BEFORE_KILL);
      // through the handle, SIGKILL leaves the pipe open, so ids printed just before it are still read
      child.toHandle().destroyForcibly();
      child.waitFor();
      readAcks(out, acked, Integer.MAX_VALUE);
    } finally {
      child.destroyForcibly();
    }

    JournalEventStore store = await(JournalEventStore.open(vertx, dir));
    Set<UUID> stored = JournalTests.all(store).stream().map(RecordedEvent::eventId).collect(Collectors.toSet());
    await(store.close());
    System.out.printf("crash: %d appends answered before the kill, %d events found after it%n", acked.size(), stored.size());
    assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    assertThat(stored).containsAll(acked);
  }

  /** Reads answered ids until {@code enough} of them, the end of the output, or the deadline. */
  private static void readAcks(BufferedReader out, Set<UUID> acked, int enough) throws IOException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    String line;
    while (acked.size() < enough && System.nanoTime() < deadline && (line = out.readLine()) != null) {
      if (line.startsWith(JournalCrashChild.ACKED)) {
        acked.add(UUID.fromString(line.substring(JournalCrashChild.ACKED.length())));
      }
    }
  }
}

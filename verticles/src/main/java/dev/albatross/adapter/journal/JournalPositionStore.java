package dev.albatross.adapter.journal;

import dev.albatross.adapter.memory.InMemoryPositionStore;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.port.PositionStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The default mode's positions: an append-only file in the data directory, one checksummed
 * {@link Records record} per batch holding the batch's new positions, fsync'd before the batch is
 * answered, and replayed into memory at start. A record cut short by a crash is cut off at start;
 * a position written twice (two batches racing on one seq) keeps its first copy, as in memory.
 */
public final class JournalPositionStore implements PositionStore, AutoCloseable {
  static final String FILE = "positions";
  /** seq, at (seconds, nanos), lat, lon, altitude, heading, speed, vertical speed, onGround; after the flight id. */
  private static final int POSITION_BYTES = 4 + 8 + 4 + 8 + 8 + 4 + 8 + 4 + 4 + 1;

  private final Vertx vertx;
  private final FileChannel channel;
  private final InMemoryPositionStore memory;

  private JournalPositionStore(Vertx vertx, FileChannel channel, InMemoryPositionStore memory) {
    this.vertx = vertx;
    this.channel = channel;
    this.memory = memory;
  }

  /** Opens (or creates) the file in {@code dir} and replays it, on a worker thread. */
  public static Future<JournalPositionStore> open(Vertx vertx, Path dir) {
    return vertx.executeBlocking(() -> {
      DataDirectory.at(dir);
      Path file = dir.resolve(FILE);
      InMemoryPositionStore memory = new InMemoryPositionStore();
      boolean created = !Files.exists(file);
      long end = created ? 0 : replay(ByteBuffer.wrap(Files.readAllBytes(file)), memory);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (created) {
        // the new file's name is durable too, before any batch is answered as kept in it
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
          directory.force(true);
        }
      }
      channel.truncate(end);
      channel.position(end);
      return new JournalPositionStore(vertx, channel, memory);
    });
  }

  /** Applies every whole record to {@code memory}; answers where the last whole record ends. */
  private static long replay(ByteBuffer all, InMemoryPositionStore memory) {
    ByteBuffer payload;
    while ((payload = Records.next(all)) != null) {
      UUID flightId = new UUID(payload.getLong(), payload.getLong());
      List<Position> positions = new ArrayList<>();
      while (payload.hasRemaining()) {
        positions.add(read(payload));
      }
      memory.keep(flightId, positions);
    }
    return all.position();
  }

  @Override
  public Future<PositionBatchSummary> record(UUID flightId, List<Position> positions) {
    List<Position> fresh = memory.unseen(flightId, positions);
    if (fresh.isEmpty()) {
      return memory.record(flightId, positions);
    }
    byte[] payload = payload(flightId, fresh);
    return vertx.executeBlocking(() -> append(payload), false).compose(v -> memory.record(flightId, positions));
  }

  private synchronized Void append(byte[] payload) throws IOException {
    ByteBuffer record = ByteBuffer.allocate(Records.size(payload));
    Records.write(record, payload, true);
    record.flip();
    while (record.hasRemaining()) {
      channel.write(record);
    }
    channel.force(false);
    return null;
  }

  @Override
  public Future<List<Position>> track(UUID flightId) {
    return memory.track(flightId);
  }

  private static byte[] payload(UUID flightId, List<Position> positions) {
    ByteBuffer out = ByteBuffer.allocate(16 + positions.size() * POSITION_BYTES);
    out.putLong(flightId.getMostSignificantBits()).putLong(flightId.getLeastSignificantBits());
    for (Position p : positions) {
      out.putInt(p.seq()).putLong(p.at().getEpochSecond()).putInt(p.at().getNano()).putDouble(p.lat())
          .putDouble(p.lon()).putInt(p.altitudeFt()).putDouble(p.headingDeg()).putInt(p.groundSpeedKt())
          .putInt(p.verticalSpeedFpm()).put(p.onGround() == null ? (byte) 2 : p.onGround() ? (byte) 1 : (byte) 0);
    }
    return out.array();
  }

  private static Position read(ByteBuffer in) {
    int seq = in.getInt();
    Instant at = Instant.ofEpochSecond(in.getLong(), in.getInt());
    double lat = in.getDouble();
    double lon = in.getDouble();
    int altitude = in.getInt();
    double heading = in.getDouble();
    int speed = in.getInt();
    int vertical = in.getInt();
    byte ground = in.get();
    return new Position(seq, at, lat, lon, altitude, heading, speed, vertical, ground == 2 ? null : ground == 1);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}

package dev.albatross.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The floor of a durable write: appends a fixed record to a file with the journal's fsync policy,
 * one writer thread taking every append waiting, writing them together and fsyncing once, so that
 * appends arriving during an fsync share the next one. An append is answered, on its own context,
 * once its bytes are on disk.
 */
final class GroupCommitFile {
  private record Append(Context context, Promise<Void> done) {}

  private final BlockingQueue<Append> queue = new LinkedBlockingQueue<>();
  private final FileChannel channel;
  private final byte[] record;

  private GroupCommitFile(FileChannel channel, byte[] record) {
    this.channel = channel;
    this.record = record;
  }

  static GroupCommitFile open(Path file, byte[] record) throws IOException {
    GroupCommitFile appender = new GroupCommitFile(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND), record);
    Thread writer = new Thread(appender::run, "floor-file-writer");
    writer.setDaemon(true);
    writer.start();
    return appender;
  }

  /** Appends the record; call it on a Vert.x context. */
  Future<Void> append() {
    Promise<Void> done = Promise.promise();
    queue.add(new Append(Vertx.currentContext(), done));
    return done.future();
  }

  private void run() {
    List<Append> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch);
      Throwable failure = write(batch.size());
      for (Append a : batch) {
        a.context().runOnContext(v -> {
          if (failure == null) {
            a.done().complete();
          } else {
            a.done().fail(failure);
          }
        });
      }
      batch.clear();
    }
  }

  private Throwable write(int count) {
    try {
      ByteBuffer bytes = ByteBuffer.allocate(record.length * count);
      for (int i = 0; i < count; i++) {
        bytes.put(record);
      }
      bytes.flip();
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  /** The last record of a journal segment (a 4-byte length, its top bit a flag, then 4 bytes of CRC and the payload). */
  static byte[] lastRecord(Path segment) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(segment));
    int start = -1;
    while (in.remaining() >= 8) {
      start = in.position();
      in.position(start + 8 + (in.getInt(start) & 0x7fff_ffff));
    }
    if (start < 0) {
      throw new IllegalStateException("no record in " + segment);
    }
    byte[] record = new byte[in.position() - start];
    in.get(start, record);
    return record;
  }
}

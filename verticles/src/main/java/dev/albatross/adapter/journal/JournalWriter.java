package dev.albatross.adapter.journal;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the journal. It takes every append waiting in its queue, checks
 * and places them one after another (so each sees the ones before it, flushed or not), writes
 * them all, and fsyncs once: appends that arrive during an fsync share the next one. An append
 * is answered, on the context it came from, only once its bytes are on disk.
 */
final class JournalWriter {

  private record Request(List<StreamWrite> writes, EventMetadata metadata, Context context,
      Promise<List<RecordedEvent>> promise) {}

  private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
  private static final Request STOP = new Request(List.of(), null, null, null);

  private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final JournalIndex index;
  private final SegmentAppender appender;
  private final Thread thread;
  private volatile IOException broken;

  JournalWriter(JournalIndex index, SegmentAppender appender) {
    this.index = index;
    this.appender = appender;
    this.thread = new Thread(this::run, "albatross-journal-writer");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata, Context context) {
    Promise<List<RecordedEvent>> promise = Promise.promise();
    queue.add(new Request(writes, metadata, context, promise));
    return promise.future();
  }

  void onAppend(Runnable wake) {
    listeners.add(wake);
  }

  /** Answers every append queued so far, then ends the thread. Blocks: call it from a worker. */
  void stop() throws InterruptedException {
    queue.add(STOP);
    thread.join();
    List<Request> late = new ArrayList<>();
    queue.drainTo(late);
    late.forEach(request -> new Answer(request, null).fail(new IllegalStateException("the journal is closed")));
  }

  private void run() {
    List<Request> batch = new ArrayList<>();
    boolean stopping = false;
    while (!stopping) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch);
      stopping = batch.remove(STOP);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<Request> batch) {
    List<Answer> placed = new ArrayList<>();
    for (Request request : batch) {
      Answer answer = place(request);
      if (answer != null) {
        placed.add(answer);
      }
    }
    if (placed.isEmpty()) {
      return;
    }
    flush();
    if (broken != null) {
      placed.forEach(answer -> answer.fail(broken));
      return;
    }
    index.publish(index.lastPosition(), appender.segment(), appender.end());
    placed.forEach(Answer::succeed);
    listeners.forEach(JournalWriter::wake);
  }

  /** A listener that throws must not stop the thread every append depends on. */
  private static void wake(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.error("A listener to appends failed", e);
    }
  }

  private record Answer(Request request, List<RecordedEvent> recorded) {
    void succeed() {
      request.context().runOnContext(v -> request.promise().complete(recorded));
    }

    void fail(Throwable cause) {
      request.context().runOnContext(v -> request.promise().fail(cause));
    }
  }

  /** Checks an append and gathers its records; a refused one is answered at once, with nothing written. */
  private Answer place(Request request) {
    try {
      if (broken != null) {
        throw new IllegalStateException("the journal could not be written and takes no more appends", broken);
      }
      index.check(request.writes());
      List<RecordedEvent> recorded = recorded(request.writes(), request.metadata());
      gather(recorded);
      return new Answer(request, recorded);
    } catch (IOException e) {
      broken = e;
      new Answer(request, null).fail(e);
    } catch (RuntimeException refusal) {
      new Answer(request, null).fail(refusal);
    }
    return null;
  }

  private void gather(List<RecordedEvent> recorded) throws IOException {
    List<byte[]> payloads = recorded.stream().map(e -> EventCodec.envelope(e).toByteArray()).toList();
    appender.reserve(payloads.stream().mapToLong(Records::size).sum());
    for (int i = 0; i < recorded.size(); i++) {
      RecordedEvent e = recorded.get(i);
      long location = appender.add(payloads.get(i), i == recorded.size() - 1);
      index.add(e.eventId(), e.streamId(), e.version(), e.feedPosition().transactionId(), location);
    }
  }

  private List<RecordedEvent> recorded(List<StreamWrite> writes, EventMetadata metadata) {
    long transaction = index.lastTransaction() + 1;
    long position = index.lastPosition();
    List<RecordedEvent> recorded = new ArrayList<>();
    for (StreamWrite write : writes) {
      long version = write.expectedVersion();
      for (PendingEvent e : write.events()) {
        recorded.add(new RecordedEvent(new FeedPosition(transaction, ++position), e.eventId(), write.streamId(),
            write.streamType(), ++version, write.tenantId(), metadata, e.event()));
      }
    }
    return recorded;
  }

  /**
   * Writes and fsyncs the batch. After a failed write or fsync what reached the disk is unknown,
   * so the journal takes no more appends and the batch is failed; a restart reads what is there.
   */
  private void flush() {
    if (broken != null) {
      return;
    }
    try {
      appender.flush();
    } catch (IOException e) {
      broken = e;
    }
  }
}

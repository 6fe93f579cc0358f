package dev.albatross.adapter.journal;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.proto.v1.EventEnvelope;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads events back from the files: a region of consecutive records in one positioned read (a
 * feed page is one or two reads, not one per event), each record's checksum checked again.
 * Blocking: runs on worker threads.
 */
final class JournalReader {
  private final Segments segments;

  JournalReader(Segments segments) {
    this.segments = segments;
  }

  List<RecordedEvent> read(List<JournalIndex.Region> regions) throws IOException {
    List<RecordedEvent> events = new ArrayList<>();
    for (JournalIndex.Region region : regions) {
      read(region, events);
    }
    return events;
  }

  private void read(JournalIndex.Region region, List<RecordedEvent> into) throws IOException {
    ByteBuffer bytes = segments.read(region.segment(), region.start(), (int) (region.end() - region.start()));
    for (int i = 0; i < region.count(); i++) {
      long offset = region.start() + bytes.position();
      ByteBuffer payload = Records.next(bytes);
      if (payload == null) {
        throw damaged(region, offset, null);
      }
      try {
        into.add(EventCodec.recorded(EventEnvelope.parseFrom(payload)));
      } catch (InvalidProtocolBufferException e) {
        throw damaged(region, offset, e);
      }
    }
  }

  private IllegalStateException damaged(JournalIndex.Region region, long offset, Exception cause) {
    return new IllegalStateException("the journal is damaged: bad record in "
        + segments.path(region.segment()) + " at byte offset " + offset, cause);
  }
}

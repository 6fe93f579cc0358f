package dev.albatross.adapter.journal;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import dev.albatross.proto.v1.EventEnvelope;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The fields of a stored envelope that the index needs, read without decoding the event inside:
 * opening the journal reads every record, and decoding each event there, only to drop it, made
 * the scan allocate as much as the replay that follows it.
 */
record EnvelopeHeader(UUID eventId, UUID streamId, long version, long position, long transactionId) {

  static EnvelopeHeader read(ByteBuffer payload) throws InvalidProtocolBufferException {
    try {
      CodedInputStream in = CodedInputStream.newInstance(payload);
      String eventId = "";
      String streamId = "";
      long version = 0;
      long position = 0;
      long transactionId = 0;
      for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
        switch (WireFormat.getTagFieldNumber(tag)) {
          case EventEnvelope.EVENT_ID_FIELD_NUMBER -> eventId = in.readStringRequireUtf8();
          case EventEnvelope.STREAM_ID_FIELD_NUMBER -> streamId = in.readStringRequireUtf8();
          case EventEnvelope.VERSION_FIELD_NUMBER -> version = in.readInt64();
          case EventEnvelope.POSITION_FIELD_NUMBER -> position = in.readInt64();
          case EventEnvelope.TRANSACTION_ID_FIELD_NUMBER -> transactionId = in.readInt64();
          default -> in.skipField(tag);
        }
      }
      return new EnvelopeHeader(UUID.fromString(eventId), UUID.fromString(streamId), version, position,
          transactionId);
    } catch (InvalidProtocolBufferException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidProtocolBufferException(e.getMessage());
    }
  }
}

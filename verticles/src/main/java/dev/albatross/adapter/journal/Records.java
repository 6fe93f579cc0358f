package dev.albatross.adapter.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * One record of a segment file: a 4-byte length field, a 4-byte CRC32C of the length field and
 * the payload, then the payload, the protobuf bytes of an event envelope. The checksum lets
 * start-up tell a record cut short or scrambled by a crash from a whole one. The length field's
 * top bit marks the last record of an append, so that start-up can drop an append of several
 * events that a crash left half written: an append is all or nothing after a restart too.
 */
final class Records {
  static final int HEADER = 8;
  /** A length above this is read as damage rather than as a record: no event comes near it. */
  static final int MAX_PAYLOAD = 16 << 20;
  private static final int ENDS_APPEND = 0x8000_0000;

  private Records() {}

  static int size(byte[] payload) {
    return HEADER + payload.length;
  }

  static void write(ByteBuffer out, byte[] payload, boolean endsAppend) {
    int length = payload.length | (endsAppend ? ENDS_APPEND : 0);
    CRC32C crc = new CRC32C();
    crc.update(ByteBuffer.allocate(4).putInt(0, length));
    crc.update(payload);
    out.putInt(length).putInt((int) crc.getValue()).put(payload);
  }

  /**
   * The whole size of the record at {@code in}'s position, read from its length; -1 when that
   * length cannot be a record's. Needs {@link #HEADER} bytes remaining.
   */
  static int size(ByteBuffer in) {
    int length = in.getInt(in.position()) & ~ENDS_APPEND;
    return length <= 0 || length > MAX_PAYLOAD ? -1 : HEADER + length;
  }

  /** Whether the record at {@code in}'s position is the last of its append; false for a cut header. */
  static boolean endsAppend(ByteBuffer in) {
    return in.remaining() >= HEADER && (in.getInt(in.position()) & ENDS_APPEND) != 0;
  }

  /**
   * The payload of the record at {@code in}'s position, moving past it; null, with the position
   * left where it was, when the bytes there are not a whole record with a matching checksum.
   */
  static ByteBuffer next(ByteBuffer in) {
    if (in.remaining() < HEADER) {
      return null;
    }
    int size = size(in);
    if (size < 0 || in.remaining() < size) {
      return null;
    }
    int start = in.position();
    ByteBuffer payload = in.slice(start + HEADER, size - HEADER);
    CRC32C crc = new CRC32C();
    crc.update(in.slice(start, 4));
    crc.update(payload.duplicate());
    if ((int) crc.getValue() != in.getInt(start + 4)) {
      return null;
    }
    in.position(start + size);
    return payload;
  }
}

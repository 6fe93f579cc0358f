package dev.albatross.adapter.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * One record of a segment file: a 4-byte payload length, the CRC32C of the payload (4 bytes),
 * then the payload, the protobuf bytes of an event envelope. The checksum lets start-up tell a
 * record cut short or scrambled by a crash from a whole one.
 */
final class Records {
  static final int HEADER = 8;
  /** A length above this is read as damage rather than as a record: no event comes near it. */
  static final int MAX_PAYLOAD = 16 << 20;

  private Records() {}

  static int size(byte[] payload) {
    return HEADER + payload.length;
  }

  static void write(ByteBuffer out, byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    out.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
  }

  /**
   * The whole size of the record at {@code in}'s position, read from its length; -1 when that
   * length cannot be a record's. Needs {@link #HEADER} bytes remaining.
   */
  static int size(ByteBuffer in) {
    int length = in.getInt(in.position());
    return length <= 0 || length > MAX_PAYLOAD ? -1 : HEADER + length;
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
    crc.update(payload.duplicate());
    if ((int) crc.getValue() != in.getInt(start + 4)) {
      return null;
    }
    in.position(start + size);
    return payload;
  }
}

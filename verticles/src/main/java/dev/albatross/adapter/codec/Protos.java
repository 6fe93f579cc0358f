package dev.albatross.adapter.codec;

import com.google.protobuf.Timestamp;
import dev.albatross.domain.model.Role;
import java.time.Instant;
import java.util.UUID;

/** Conversions between protobuf's field types and ours; proto3 has no null, so "" and unset mean none. */
final class Protos {
  private Protos() {}

  static String id(UUID id) {
    return id == null ? "" : id.toString();
  }

  static UUID id(String id) {
    return id.isEmpty() ? null : UUID.fromString(id);
  }

  static Timestamp time(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }

  static Instant time(Timestamp at) {
    return Instant.ofEpochSecond(at.getSeconds(), at.getNanos());
  }

  static dev.albatross.proto.v1.Role role(Role role) {
    return dev.albatross.proto.v1.Role.valueOf(role.name());
  }

  static Role role(dev.albatross.proto.v1.Role role) {
    return Role.valueOf(role.name());
  }
}

package dev.albatross.bench;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import java.util.HexFormat;
import java.util.UUID;

/** The stored form of the benchmark PIREP (see {@link Bench#PIREP_JSON}), made with the project's own codec. */
final class Payloads {
  private static final FlightDetails FLIGHT = new FlightDetails("ALB123", "EGLL", "KJFK", "B738", 420, null, null,
      21000, 3000, -180, "DVR L9 KONAN UL607 SPI", "benchmark flight");

  private Payloads() {}

  static byte[] pirepSubmitted(UUID pirepId, UUID tenantId, UUID pilotId) {
    return EventCodec.encodePayload(
        new PirepSubmitted(pirepId, tenantId, pilotId, "Bench Pilot", FLIGHT, PirepSource.MANUAL));
  }

  /** PostgreSQL's hex form of bytea, {@code \x...}. */
  static String hex(byte[] bytes) {
    return "\\x" + HexFormat.of().formatHex(bytes);
  }
}

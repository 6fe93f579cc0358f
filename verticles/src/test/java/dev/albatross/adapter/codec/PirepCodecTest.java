package dev.albatross.adapter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.contract.TestEvents;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A PIREP's submission in protobuf")
class PirepCodecTest {
  private static final Instant AT = Instant.parse("2026-12-01T10:00:00.125Z");
  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID PILOT = UUID.randomUUID();

  @Test
  @DisplayName("the event keeps the flight it was filed from, and none when it was filed as such")
  void event() {
    var filed = new PirepSubmitted(UUID.randomUUID(), TENANT, PILOT, "Ada", TestEvents.flight(AT), PirepSource.ACARS,
        UUID.randomUUID());
    var reported = new PirepSubmitted(UUID.randomUUID(), TENANT, PILOT, "Ada", TestEvents.flight(AT), PirepSource.API);

    assertThat(EventCodec.decodePayload(EventCodec.encodePayload(filed))).isEqualTo(filed);
    assertThat(EventCodec.decodePayload(EventCodec.encodePayload(reported))).isEqualTo(reported);
    assertThat(((PirepSubmitted) EventCodec.decodePayload(EventCodec.encodePayload(reported))).flightId()).isNull();
  }

  @Test
  @DisplayName("the command keeps the flight it was filed from, and none when it was filed as such")
  void command() {
    var ctx = new CommandContext(UUID.randomUUID(), new Actor(PILOT, Role.PILOT, TENANT), AT, UUID.randomUUID());
    var filed = new SubmitPirep(UUID.randomUUID(), TENANT, PILOT, "Ada", TestEvents.flight(AT), PirepSource.ACARS,
        UUID.randomUUID());
    var reported = new SubmitPirep(UUID.randomUUID(), TENANT, PILOT, "Ada", TestEvents.flight(AT), PirepSource.API);

    assertThat(CommandCodec.decode(CommandCodec.encode(ctx, filed)).command()).isEqualTo(filed);
    assertThat(CommandCodec.decode(CommandCodec.encode(ctx, reported)).command()).isEqualTo(reported);
  }
}

package dev.albatross.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.codec.CommandCodec.Envelope;
import dev.albatross.contract.TestEvents;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.flight.FilingInput;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.model.flight.TrackSummary;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepSource;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Commands and outcomes on the event bus")
class BusCodecsTest {
  private final UUID tenantId = UUID.randomUUID();
  private final UUID pilotId = UUID.randomUUID();
  private final Instant at = Instant.parse("2026-11-27T03:00:00.123Z");

  private Envelope envelope() {
    UUID pirepId = UUID.randomUUID();
    return new Envelope(new CommandContext(UUID.randomUUID(), new Actor(pilotId, Role.PILOT, tenantId), at, UUID.randomUUID()),
        new SubmitPirep(pirepId, tenantId, pilotId, "Ada", TestEvents.flight(at), PirepSource.API));
  }

  private CommandOutcome outcome() {
    return new CommandOutcome(List.of(TestEvents.pirepSubmitted(UUID.randomUUID(), tenantId, pilotId, at)), 1, false);
  }

  /** Encoded after some other bytes, as a wire frame would hold it, and decoded from there. */
  private static <T> T overTheWire(MessageCodec<T, T> codec, T value) {
    Buffer frame = Buffer.buffer().appendString("header");
    codec.encodeToWire(frame, value);
    return codec.decodeFromWire("header".length(), frame);
  }

  @Test
  @DisplayName("cross a wire as protobuf and arrive equal")
  void wire() {
    Envelope envelope = envelope();
    CommandOutcome outcome = outcome();

    assertThat(overTheWire(BusCodecs.COMMANDS, envelope)).isEqualTo(envelope).isNotSameAs(envelope);
    assertThat(overTheWire(BusCodecs.OUTCOMES, outcome)).isEqualTo(outcome).isNotSameAs(outcome);
  }

  @Test
  @DisplayName("every flight command crosses a wire as protobuf and arrives equal")
  void flightCommands() {
    UUID flight = UUID.randomUUID();
    var plan = new FlightPlan("ALB1", "EGLL", "KJFK", "B77W", null, "TestACARS");
    var start = new StartFlight(flight, tenantId, pilotId, "Ada", plan, at);
    var newest = new Position(7, at, 51.5, -0.45, 1_200, 271.5, 160, -700, null);
    var file = new FileFlight(flight, pilotId, UUID.randomUUID(), at,
        new FilingInput(null, 4_200, null, at.minusSeconds(600), at, "smooth"), new TrackSummary(188.4, 32, null));
    List<AppCommand> commands = List.of(start, new StartFlightOnce(start, "key-1"),
        new RecordPositions(flight, pilotId, at, new PositionBatchSummary(3, 2, newest, 12.5)),
        new RecordPositions(flight, pilotId, at, new PositionBatchSummary(0, 2, null, 0)),
        new MarkLost(flight, at, Duration.ofSeconds(90)), new FileFlightAsPirep(file, "Ada"),
        new CancelFlight(flight, pilotId, false, tenantId, at));

    for (AppCommand command : commands) {
      Envelope envelope = new Envelope(
          new CommandContext(UUID.randomUUID(), new Actor(pilotId, Role.PILOT, tenantId), at, UUID.randomUUID()), command);
      assertThat(overTheWire(BusCodecs.COMMANDS, envelope)).isEqualTo(envelope);
    }
  }

  @Test
  @DisplayName("within a process are handed over as they are, and two command buses on one Vert.x share the codecs")
  void local() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      new CommandBus(vertx, java.time.Clock.systemUTC());
      new CommandBus(vertx, java.time.Clock.systemUTC());
      Envelope sent = envelope();
      CommandOutcome answered = outcome();
      List<Envelope> received = new java.util.concurrent.CopyOnWriteArrayList<>();
      vertx.eventBus().<Envelope>consumer("test.commands", message -> {
        received.add(message.body());
        message.reply(answered);
      });

      var reply = vertx.eventBus().<CommandOutcome>request("test.commands", sent).await(5, TimeUnit.SECONDS);

      assertThat(received).singleElement().isSameAs(sent);
      assertThat(reply.body()).isSameAs(answered);
    } finally {
      vertx.close().await(5, TimeUnit.SECONDS);
    }
  }
}

package dev.albatross.domain.app;

import dev.albatross.domain.model.AppCommand.BootstrapAdmin;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.AmendPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import io.vertx.core.Future;
import java.util.List;

/**
 * One attempt at a command: the streams it touches, by the command's own case, and whether a
 * stream it creates may be assumed empty (the first attempt) or must be loaded (a retry).
 */
final class CommandAttempt implements AppCommand.Handler<Future<CommandOutcome>> {
  /** Flights' idempotency keys are claimed apart from PIREPs': one key sent to both routes starts one of each. */
  private static final String FLIGHT_KEYS = "flight:";

  private final CommandService service;
  private final CommandContext ctx;
  private final boolean first;

  CommandAttempt(CommandService service, CommandContext ctx, boolean first) {
    this.service = service;
    this.ctx = ctx;
    this.first = first;
  }

  @Override
  public Future<CommandOutcome> createTenant(CreateTenant c) {
    return service.steps.run(ctx, List.of(service.streams.reserve(UniqueValue.TENANT_ICAO, c.icao(), c.tenantId()),
        service.streams.tenant(c, first)));
  }

  @Override
  public Future<CommandOutcome> defineRanks(DefineRanks c) {
    return service.steps.run(ctx, List.of(service.streams.tenant(c, false)));
  }

  @Override
  public Future<CommandOutcome> registerUser(RegisterUser c) {
    return service.registerUser(ctx, c, false, first);
  }

  @Override
  public Future<CommandOutcome> bootstrapAdmin(BootstrapAdmin c) {
    return service.registerUser(ctx, c.register(), true, first);
  }

  @Override
  public Future<CommandOutcome> changePassword(ChangePassword c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> generateApiKey(GenerateApiKey c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> revokeApiKey(RevokeApiKey c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> changeUser(ChangeUser c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> suspendUser(SuspendUser c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> reactivateUser(ReactivateUser c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> endSession(EndSession c) {
    return service.steps.run(ctx, List.of(service.streams.user(c, false)));
  }

  @Override
  public Future<CommandOutcome> submitPirep(SubmitPirep c) {
    return service.steps.run(ctx, List.of(service.streams.pirep(c, first)));
  }

  @Override
  public Future<CommandOutcome> submitPirepOnce(SubmitPirepOnce c) {
    return service.submitOnce(ctx, c, first);
  }

  @Override
  public Future<CommandOutcome> acceptPirep(AcceptPirep c) {
    return service.steps.run(ctx, List.of(service.streams.pirep(c, false)));
  }

  @Override
  public Future<CommandOutcome> rejectPirep(RejectPirep c) {
    return service.steps.run(ctx, List.of(service.streams.pirep(c, false)));
  }

  @Override
  public Future<CommandOutcome> amendPirep(AmendPirep c) {
    return service.steps.run(ctx, List.of(service.streams.pirep(c, false)));
  }

  @Override
  public Future<CommandOutcome> startFlight(StartFlight c) {
    return service.steps.run(ctx, List.of(service.streams.flight(c, first)));
  }

  @Override
  public Future<CommandOutcome> startFlightOnce(StartFlightOnce c) {
    StartFlight start = c.start();
    return service.once(ctx, FLIGHT_KEYS + c.idempotencyKey(), start.flightId(), start.tenantId(),
        service.streams.flight(start, first));
  }

  @Override
  public Future<CommandOutcome> recordPositions(RecordPositions c) {
    return service.steps.run(ctx, List.of(service.streams.flight(c, false)));
  }

  @Override
  public Future<CommandOutcome> markLost(MarkLost c) {
    return service.steps.run(ctx, List.of(service.streams.flight(c, false)));
  }

  @Override
  public Future<CommandOutcome> fileFlight(FileFlight c) {
    return service.steps.run(ctx, List.of(service.streams.flight(c, false)));
  }

  @Override
  public Future<CommandOutcome> fileFlightAsPirep(FileFlightAsPirep c) {
    return service.fileFlight(ctx, c, first);
  }

  @Override
  public Future<CommandOutcome> cancelFlight(CancelFlight c) {
    return service.steps.run(ctx, List.of(service.streams.flight(c, false)));
  }
}

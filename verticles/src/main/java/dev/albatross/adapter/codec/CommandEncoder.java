package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.role;

import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.BootstrapAdmin;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
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
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import dev.albatross.proto.v1.CommandEnvelope;

/** Sets a command's own field of its envelope: one method per command, so none is left without a wire form. */
record CommandEncoder(CommandEnvelope.Builder b) implements AppCommand.Handler<CommandEnvelope.Builder> {
  @Override
  public CommandEnvelope.Builder createTenant(CreateTenant c) {
    return b.setCreateTenant(dev.albatross.proto.v1.CreateTenant.newBuilder()
        .setTenantId(id(c.tenantId())).setName(c.name()).setIcao(c.icao()));
  }

  @Override
  public CommandEnvelope.Builder registerUser(RegisterUser c) {
    return b.setRegisterUser(register(c, false));
  }

  @Override
  public CommandEnvelope.Builder bootstrapAdmin(BootstrapAdmin c) {
    return b.setRegisterUser(register(c.register(), true));
  }

  @Override
  public CommandEnvelope.Builder changePassword(ChangePassword c) {
    return b.setChangePassword(dev.albatross.proto.v1.ChangePassword.newBuilder()
        .setUserId(id(c.userId())).setPasswordHash(c.passwordHash()).setKeptSessionId(id(c.keptSession())));
  }

  @Override
  public CommandEnvelope.Builder changeUser(ChangeUser c) {
    return b.setChangeUser(UserCommandCodec.change(c));
  }

  @Override
  public CommandEnvelope.Builder suspendUser(SuspendUser c) {
    return b.setSuspendUser(UserCommandCodec.suspend(c));
  }

  @Override
  public CommandEnvelope.Builder reactivateUser(ReactivateUser c) {
    return b.setReactivateUser(UserCommandCodec.reactivate(c));
  }

  @Override
  public CommandEnvelope.Builder endSession(EndSession c) {
    return b.setEndSession(UserCommandCodec.endSession(c));
  }

  @Override
  public CommandEnvelope.Builder generateApiKey(GenerateApiKey c) {
    return b.setGenerateApiKey(dev.albatross.proto.v1.GenerateApiKey.newBuilder().setUserId(id(c.userId()))
        .setKeyId(id(c.keyId())).setName(c.name()).setPrefix(c.prefix()).setKeyHash(c.keyHash()));
  }

  @Override
  public CommandEnvelope.Builder revokeApiKey(RevokeApiKey c) {
    return b.setRevokeApiKey(dev.albatross.proto.v1.RevokeApiKey.newBuilder()
        .setUserId(id(c.userId())).setKeyId(id(c.keyId())));
  }

  @Override
  public CommandEnvelope.Builder submitPirep(SubmitPirep c) {
    return b.setSubmitPirep(submit(c, ""));
  }

  @Override
  public CommandEnvelope.Builder submitPirepOnce(SubmitPirepOnce c) {
    return b.setSubmitPirep(submit(c.submit(), c.idempotencyKey()));
  }

  @Override
  public CommandEnvelope.Builder acceptPirep(AcceptPirep c) {
    return b.setAcceptPirep(dev.albatross.proto.v1.AcceptPirep.newBuilder().setPirepId(id(c.pirepId())));
  }

  @Override
  public CommandEnvelope.Builder amendPirep(AmendPirep c) {
    return b.setAmendPirep(dev.albatross.proto.v1.AmendPirep.newBuilder().setPirepId(id(c.pirepId()))
        .setReason(c.reason()).setChanges(CareerCodec.encode(c.changes())));
  }

  @Override
  public CommandEnvelope.Builder defineRanks(DefineRanks c) {
    return b.setDefineRanks(dev.albatross.proto.v1.DefineRanks.newBuilder().setTenantId(id(c.tenantId()))
        .addAllRanks(CareerCodec.encode(c.ranks())));
  }

  @Override
  public CommandEnvelope.Builder rejectPirep(RejectPirep c) {
    return b.setRejectPirep(dev.albatross.proto.v1.RejectPirep.newBuilder()
        .setPirepId(id(c.pirepId())).setReason(c.reason()));
  }

  @Override
  public CommandEnvelope.Builder startFlight(StartFlight c) {
    return b.setStartFlight(FlightCommandCodec.start(c));
  }

  @Override
  public CommandEnvelope.Builder startFlightOnce(StartFlightOnce c) {
    return b.setStartFlight(FlightCommandCodec.start(c.start()).setIdempotencyKey(c.idempotencyKey()));
  }

  @Override
  public CommandEnvelope.Builder recordPositions(RecordPositions c) {
    return b.setRecordPositions(FlightCommandCodec.record(c));
  }

  @Override
  public CommandEnvelope.Builder markLost(MarkLost c) {
    return b.setMarkLost(FlightCommandCodec.markLost(c));
  }

  /** A flight is filed only as the PIREP it becomes, which names its pilot: {@link #fileFlightAsPirep}. */
  @Override
  public CommandEnvelope.Builder fileFlight(FileFlight c) {
    throw new IllegalArgumentException("a flight crosses the wire filed as a PIREP (FileFlightAsPirep)");
  }

  @Override
  public CommandEnvelope.Builder fileFlightAsPirep(FileFlightAsPirep c) {
    return b.setFileFlight(FlightCommandCodec.file(c));
  }

  @Override
  public CommandEnvelope.Builder cancelFlight(CancelFlight c) {
    return b.setCancelFlight(FlightCommandCodec.cancel(c));
  }

  private static dev.albatross.proto.v1.RegisterUser register(RegisterUser c, boolean bootstrap) {
    return dev.albatross.proto.v1.RegisterUser.newBuilder()
        .setUserId(id(c.userId())).setEmail(c.email()).setDisplayName(c.displayName()).setRole(role(c.role()))
        .setTenantId(id(c.tenantId())).setPasswordHash(c.passwordHash()).setMustChangePassword(c.mustChangePassword())
        .setBootstrap(bootstrap).build();
  }

  private static dev.albatross.proto.v1.SubmitPirep submit(SubmitPirep c, String idempotencyKey) {
    return dev.albatross.proto.v1.SubmitPirep.newBuilder()
        .setPirepId(id(c.pirepId())).setTenantId(id(c.tenantId())).setPilotId(id(c.pilotId()))
        .setPilotName(c.pilotName()).setFlight(FlightCodec.encode(c.flight())).setSource(FlightCodec.source(c.source()))
        .setFlightId(id(c.flightId())).setIdempotencyKey(idempotencyKey).build();
  }
}

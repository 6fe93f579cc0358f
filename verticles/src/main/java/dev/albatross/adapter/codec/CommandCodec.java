package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.role;
import static dev.albatross.adapter.codec.Protos.time;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.BootstrapAdmin;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.AmendPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.proto.v1.CommandEnvelope;
import dev.albatross.proto.v1.CommandResult;

/** Commands and their outcomes as they cross the event bus between HTTP and command verticles. */
public final class CommandCodec {
  private CommandCodec() {}

  /** A decoded command with the context it was sent in. */
  public record Envelope(CommandContext context, AppCommand command) {}

  public static byte[] encode(CommandContext ctx, AppCommand command) {
    Actor actor = ctx.actor();
    CommandEnvelope.Builder b = CommandEnvelope.newBuilder()
        .setCommandId(id(ctx.commandId()))
        .setActorId(id(actor.userId()))
        .setActorRole(role(actor.role()))
        .setActorTenantId(id(actor.tenantId()))
        .setIssuedAt(time(ctx.issuedAt()))
        .setCorrelationId(id(ctx.correlationId()));
    return command.dispatch(new CommandEncoder(b)).build().toByteArray();
  }


  public static Envelope decode(byte[] bytes) {
    CommandEnvelope e;
    try {
      e = CommandEnvelope.parseFrom(bytes);
    } catch (InvalidProtocolBufferException ex) {
      throw new IllegalArgumentException("unreadable command", ex);
    }
    Actor actor = new Actor(id(e.getActorId()), role(e.getActorRole()), id(e.getActorTenantId()));
    CommandContext ctx = new CommandContext(id(e.getCommandId()), actor, time(e.getIssuedAt()), id(e.getCorrelationId()));
    return new Envelope(ctx, command(e, actor));
  }

  private static AppCommand command(CommandEnvelope e, Actor actor) {
    switch (e.getCommandCase()) {
      case CREATE_TENANT: {
        var c = e.getCreateTenant();
        return new CreateTenant(id(c.getTenantId()), c.getName(), c.getIcao());
      }
      case REGISTER_USER: {
        var c = e.getRegisterUser();
        var register = new RegisterUser(id(c.getUserId()), c.getEmail(), c.getDisplayName(), role(c.getRole()),
            id(c.getTenantId()), c.getPasswordHash(), c.getMustChangePassword());
        return c.getBootstrap() ? new BootstrapAdmin(register) : register;
      }
      case CHANGE_PASSWORD:
        return new ChangePassword(id(e.getChangePassword().getUserId()), e.getChangePassword().getPasswordHash(),
            id(e.getChangePassword().getKeptSessionId()));
      case CHANGE_USER, SUSPEND_USER, REACTIVATE_USER, END_SESSION:
        return UserCommandCodec.decode(e);
      case GENERATE_API_KEY: {
        var c = e.getGenerateApiKey();
        return new GenerateApiKey(id(c.getUserId()), id(c.getKeyId()), c.getName(), c.getPrefix(), c.getKeyHash());
      }
      case REVOKE_API_KEY:
        return new RevokeApiKey(id(e.getRevokeApiKey().getUserId()), id(e.getRevokeApiKey().getKeyId()));
      case SUBMIT_PIREP: {
        var c = e.getSubmitPirep();
        var submit = new SubmitPirep(id(c.getPirepId()), id(c.getTenantId()), id(c.getPilotId()), c.getPilotName(),
            FlightCodec.decode(c.getFlight()), FlightCodec.source(c.getSource()), id(c.getFlightId()));
        return c.getIdempotencyKey().isEmpty() ? submit : new SubmitPirepOnce(submit, c.getIdempotencyKey());
      }
      case ACCEPT_PIREP:
        return new AcceptPirep(id(e.getAcceptPirep().getPirepId()), actor.userId(), actor.tenantId());
      case REJECT_PIREP:
        return new RejectPirep(id(e.getRejectPirep().getPirepId()), actor.userId(), actor.tenantId(),
            e.getRejectPirep().getReason());
      case AMEND_PIREP: {
        var c = e.getAmendPirep();
        return new AmendPirep(id(c.getPirepId()), actor.userId(), actor.tenantId(), c.getReason(),
            CareerCodec.decode(c.getChanges()));
      }
      case DEFINE_RANKS:
        return new DefineRanks(id(e.getDefineRanks().getTenantId()),
            CareerCodec.decode(e.getDefineRanks().getRanksList()));
      case START_FLIGHT, RECORD_POSITIONS, MARK_LOST, FILE_FLIGHT, CANCEL_FLIGHT:
        return FlightCommandCodec.decode(e, actor);
      default:
        throw new IllegalArgumentException("command without a known kind: " + e.getCommandCase());
    }
  }

  public static byte[] encode(CommandOutcome outcome) {
    CommandResult.Builder b = CommandResult.newBuilder().setRecorded(outcome.recorded()).setReplayed(outcome.replayed());
    outcome.history().forEach(e -> b.addHistory(EventCodec.envelope(e)));
    return b.build().toByteArray();
  }

  public static CommandOutcome decodeOutcome(byte[] bytes) {
    try {
      CommandResult r = CommandResult.parseFrom(bytes);
      return new CommandOutcome(r.getHistoryList().stream().map(EventCodec::recorded).toList(), r.getRecorded(), r.getReplayed());
    } catch (InvalidProtocolBufferException ex) {
      throw new IllegalArgumentException("unreadable command result", ex);
    }
  }
}

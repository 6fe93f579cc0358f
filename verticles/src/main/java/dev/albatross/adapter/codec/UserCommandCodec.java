package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.role;
import static dev.albatross.adapter.codec.Protos.time;

import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import dev.albatross.proto.v1.CommandEnvelope;
import dev.albatross.proto.v1.Role;

/** The commands of a user's lifecycle and sessions, to protobuf and back (the rest are in {@link CommandCodec}). */
final class UserCommandCodec {
  private UserCommandCodec() {}

  static dev.albatross.proto.v1.ChangeUser.Builder change(ChangeUser c) {
    var change = dev.albatross.proto.v1.ChangeUser.newBuilder().setUserId(id(c.userId()));
    if (c.displayName() != null) {
      change.setDisplayName(c.displayName());
    }
    if (c.role() != null) {
      change.setRole(role(c.role()));
    }
    return change;
  }

  static dev.albatross.proto.v1.SuspendUser.Builder suspend(SuspendUser c) {
    return dev.albatross.proto.v1.SuspendUser.newBuilder().setUserId(id(c.userId())).setReason(c.reason());
  }

  static dev.albatross.proto.v1.ReactivateUser.Builder reactivate(ReactivateUser c) {
    return dev.albatross.proto.v1.ReactivateUser.newBuilder().setUserId(id(c.userId()));
  }

  static dev.albatross.proto.v1.EndSession.Builder endSession(EndSession c) {
    return dev.albatross.proto.v1.EndSession.newBuilder().setUserId(id(c.userId()))
        .setSessionId(id(c.sessionId())).setExpiresAt(time(c.expiresAt()));
  }

  static UserCommand decode(CommandEnvelope e) {
    switch (e.getCommandCase()) {
      case CHANGE_USER: {
        var c = e.getChangeUser();
        return new ChangeUser(id(c.getUserId()), c.hasDisplayName() ? c.getDisplayName() : null,
            c.getRole() == Role.ROLE_UNSPECIFIED ? null : role(c.getRole()));
      }
      case SUSPEND_USER:
        return new SuspendUser(id(e.getSuspendUser().getUserId()), e.getSuspendUser().getReason());
      case REACTIVATE_USER:
        return new ReactivateUser(id(e.getReactivateUser().getUserId()));
      case END_SESSION: {
        var c = e.getEndSession();
        return new EndSession(id(c.getUserId()), id(c.getSessionId()), time(c.getExpiresAt()));
      }
      default:
        throw new IllegalStateException("not a lifecycle command: " + e.getCommandCase());
    }
  }
}

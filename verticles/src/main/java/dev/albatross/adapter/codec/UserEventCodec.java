package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.role;
import static dev.albatross.adapter.codec.Protos.time;

import dev.albatross.domain.model.user.UserEvent;
import dev.albatross.domain.model.user.UserEvent.SessionEnded;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.proto.v1.Event;

/** The events of a user's lifecycle and sessions, to protobuf and back (the rest are in {@link EventCodec}). */
final class UserEventCodec {
  private UserEventCodec() {}

  static boolean encodes(UserEvent event) {
    return event instanceof UserRenamed || event instanceof UserRoleChanged || event instanceof UserSuspended
        || event instanceof UserReactivated || event instanceof SessionEnded;
  }

  static void encode(UserEvent event, Event.Builder b) {
    if (event instanceof UserRenamed r) {
      b.setUserRenamed(dev.albatross.proto.v1.UserRenamed.newBuilder().setDisplayName(r.displayName()));
    } else if (event instanceof UserRoleChanged r) {
      b.setUserRoleChanged(dev.albatross.proto.v1.UserRoleChanged.newBuilder().setRole(role(r.role())));
    } else if (event instanceof UserSuspended s) {
      b.setUserSuspended(dev.albatross.proto.v1.UserSuspended.newBuilder().setReason(s.reason()));
    } else if (event instanceof UserReactivated) {
      b.setUserReactivated(dev.albatross.proto.v1.UserReactivated.getDefaultInstance());
    } else if (event instanceof SessionEnded s) {
      b.setSessionEnded(dev.albatross.proto.v1.SessionEnded.newBuilder().setSessionId(id(s.sessionId()))
          .setExpiresAt(time(s.expiresAt())));
    } else {
      throw new IllegalArgumentException("not a lifecycle event: " + event.getClass().getName());
    }
  }

  static UserEvent decode(Event e) {
    switch (e.getKindCase()) {
      case USER_RENAMED:
        return new UserRenamed(e.getUserRenamed().getDisplayName());
      case USER_ROLE_CHANGED:
        return new UserRoleChanged(role(e.getUserRoleChanged().getRole()));
      case USER_SUSPENDED:
        return new UserSuspended(e.getUserSuspended().getReason());
      case USER_REACTIVATED:
        return new UserReactivated();
      case SESSION_ENDED:
        return new SessionEnded(id(e.getSessionEnded().getSessionId()), time(e.getSessionEnded().getExpiresAt()));
      default:
        throw new IllegalStateException("not a lifecycle event: " + e.getKindCase());
    }
  }
}

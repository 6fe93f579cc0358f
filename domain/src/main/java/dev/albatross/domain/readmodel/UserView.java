package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserStatus;
import java.time.Instant;
import java.util.UUID;

/** {@code version} is the user stream's version, API-key events included. */
public record UserView(
    UUID id,
    String email,
    String displayName,
    Role role,
    UUID tenantId,
    boolean mustChangePassword,
    Instant createdAt,
    long version,
    UserStatus status,
    String suspendedReason,
    UserSessions sessions) {

  public boolean active() {
    return status == UserStatus.ACTIVE;
  }
}

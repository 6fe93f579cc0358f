package dev.albatross.domain.model.unique;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A value that must be unique across aggregates (a tenant's ICAO code, a user's e-mail) lives in
 * a stream of its own whose id is derived from the value: two concurrent claims append version 1
 * to the same stream and the store lets only one of them win.
 */
public final class UniqueValue implements Decider<UniqueValue.Reserve, Optional<UUID>, UniqueValue.UniqueValueReserved> {

  public static final String TENANT_ICAO = "tenant-icao";
  public static final String USER_EMAIL = "user-email";
  public static final String PLATFORM_BOOTSTRAP = "platform-bootstrap";

  public record Reserve(String scope, String value, UUID ownerId) {}

  public record UniqueValueReserved(String scope, String value, UUID ownerId) implements DomainEvent {}

  /** The stream that holds the claim on {@code value} within {@code scope}. */
  public static UUID streamId(String scope, String value) {
    return UUID.nameUUIDFromBytes((scope + ":" + value).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Class<UniqueValueReserved> eventType() {
    return UniqueValueReserved.class;
  }

  @Override
  public Optional<UUID> initialState() {
    return Optional.empty();
  }

  @Override
  public List<UniqueValueReserved> decide(Reserve command, Optional<UUID> owner) {
    if (owner.isPresent()) {
      throw new Conflict(describe(command.scope()) + " is already taken.");
    }
    return List.of(new UniqueValueReserved(command.scope(), command.value(), command.ownerId()));
  }

  @Override
  public Optional<UUID> evolve(Optional<UUID> owner, UniqueValueReserved event) {
    return Optional.of(event.ownerId());
  }

  private static String describe(String scope) {
    switch (scope) {
      case TENANT_ICAO:
        return "The ICAO code";
      case USER_EMAIL:
        return "The e-mail address";
      default:
        return "The value";
    }
  }
}

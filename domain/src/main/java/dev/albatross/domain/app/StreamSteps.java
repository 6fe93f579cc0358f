package dev.albatross.domain.app;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.flight.FlightCommand;
import dev.albatross.domain.model.flight.FlightDecider;
import dev.albatross.domain.model.flight.FlightState;
import dev.albatross.domain.model.idempotency.IdempotencyKey;
import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepDecider;
import dev.albatross.domain.model.pirep.PirepState;
import dev.albatross.domain.model.tenant.TenantCommand;
import dev.albatross.domain.model.tenant.TenantDecider;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserDecider;
import dev.albatross.domain.model.user.UserState;
import dev.albatross.domain.port.RecordedEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A command's step on each kind of stream: the stream's decider, its id and type, and how the
 * airline it belongs to is read from its state.
 */
final class StreamSteps {
  private final TenantDecider tenants = new TenantDecider();
  private final UserDecider users = new UserDecider();
  private final PirepDecider pireps = new PirepDecider();
  private final UniqueValue uniques = new UniqueValue();
  private final IdempotencyKey idempotencyKeys = new IdempotencyKey();
  private final FlightDecider flights = new FlightDecider();

  Step<?, ?, ?> reserve(String scope, String value, UUID owner) {
    return new Step<>(uniques, UniqueValue.streamId(scope, value), StreamTypes.UNIQUE_VALUE, s -> null,
        new UniqueValue.Reserve(scope, value, owner));
  }

  Step<?, ?, ?> tenant(TenantCommand command, boolean assumeNew) {
    return new Step<>(tenants, command.tenantId(), StreamTypes.TENANT, s -> command.tenantId(), command, assumeNew);
  }

  Step<?, ?, ?> user(UserCommand command, boolean assumeNew) {
    return new Step<>(users, command.userId(), StreamTypes.USER, StreamSteps::tenantOf, command, assumeNew);
  }

  Step<?, ?, ?> pirep(PirepCommand command, boolean assumeNew) {
    return new Step<>(pireps, command.pirepId(), StreamTypes.PIREP, StreamSteps::tenantOf, command, assumeNew);
  }

  Step<?, ?, ?> flight(FlightCommand command, boolean assumeNew) {
    return new Step<>(flights, command.flightId(), StreamTypes.FLIGHT, StreamSteps::tenantOf, command, assumeNew);
  }

  private static UUID tenantOf(FlightState state) {
    return state instanceof FlightState.Flight flight ? flight.tenantId() : null;
  }

  private static UUID tenantOf(UserState state) {
    return state instanceof UserState.ExistingUser user ? user.tenantId() : null;
  }

  private static UUID tenantOf(PirepState state) {
    return state instanceof PirepState.FiledPirep pirep ? pirep.tenantId() : null;
  }

  /** Claims an idempotency key, in the stream {@code keyStream}, for the airline {@code tenantId}. */
  Step<?, ?, ?> claim(UUID keyStream, UUID tenantId, IdempotencyKey.Claim claim) {
    return new Step<>(idempotencyKeys, keyStream, StreamTypes.IDEMPOTENCY_KEY, s -> tenantId, claim);
  }

  /** The claim an idempotency key's stream holds, if any. */
  Optional<IdempotencyKey.IdempotencyKeyClaimed> claims(List<RecordedEvent> history) {
    return idempotencyKeys.fold(RecordedEvent.events(history));
  }
}

package dev.albatross.domain.app;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.BootstrapAdmin;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.flight.FlightCommand;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightDecider;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightState;
import dev.albatross.domain.model.idempotency.IdempotencyKey;
import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepDecider;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.pirep.PirepState;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantDecider;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.model.user.UserDecider;
import dev.albatross.domain.model.user.UserState;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.Pause;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs commands: loads the streams a command touches, lets their deciders decide, and appends
 * all resulting events in one atomic step with the versions it read. A lost race is retried a
 * few times on the fresh state (deciding again is always safe), each time after a short pause of
 * random length, so that the racers do not meet again at once; then it is reported as a conflict.
 */
public final class CommandService {

  static final int MAX_ATTEMPTS = 4;
  /** The longest pause before the first retry; it doubles with each retry after that. */
  static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(5);
  /** Flights' idempotency keys are claimed apart from PIREPs': one key sent to both routes starts one of each. */
  private static final String FLIGHT_KEYS = "flight:";

  private final EventStore store;
  private final Pause pause;
  private final StepRunner steps;
  private final TenantDecider tenants = new TenantDecider();
  private final UserDecider users = new UserDecider();
  private final PirepDecider pireps = new PirepDecider();
  private final UniqueValue uniques = new UniqueValue();
  private final IdempotencyKey idempotencyKeys = new IdempotencyKey();
  private final FlightDecider flights = new FlightDecider();

  public CommandService(EventStore store, Pause pause) {
    this.store = store;
    this.pause = pause;
    this.steps = new StepRunner(store);
  }

  /**
   * The first attempt decides a command that creates a stream on the empty stream, unloaded (see
   * {@link Step}); a retry after a conflict loads every stream it touches.
   */
  public Future<CommandOutcome> handle(CommandContext ctx, AppCommand command) {
    return retrying(first -> command.dispatch(new Attempt(ctx, first)), MAX_ATTEMPTS, true);
  }

  /** One attempt at a command: which streams it touches, and whether it may assume a new one is empty. */
  private final class Attempt implements AppCommand.Handler<Future<CommandOutcome>> {
    private final CommandContext ctx;
    private final boolean first;

    Attempt(CommandContext ctx, boolean first) {
      this.ctx = ctx;
      this.first = first;
    }

    @Override
    public Future<CommandOutcome> createTenant(CreateTenant c) {
      return steps.run(ctx, List.of(reserve(UniqueValue.TENANT_ICAO, c.icao(), c.tenantId()), tenant(c, first)));
    }

    @Override
    public Future<CommandOutcome> registerUser(RegisterUser c) {
      return CommandService.this.registerUser(ctx, c, false, first);
    }

    @Override
    public Future<CommandOutcome> bootstrapAdmin(BootstrapAdmin c) {
      return CommandService.this.registerUser(ctx, c.register(), true, first);
    }

    @Override
    public Future<CommandOutcome> changePassword(ChangePassword c) {
      return steps.run(ctx, List.of(user(c, false)));
    }

    @Override
    public Future<CommandOutcome> generateApiKey(GenerateApiKey c) {
      return steps.run(ctx, List.of(user(c, false)));
    }

    @Override
    public Future<CommandOutcome> revokeApiKey(RevokeApiKey c) {
      return steps.run(ctx, List.of(user(c, false)));
    }

    @Override
    public Future<CommandOutcome> submitPirep(SubmitPirep c) {
      return steps.run(ctx, List.of(pirep(c, first)));
    }

    @Override
    public Future<CommandOutcome> submitPirepOnce(SubmitPirepOnce c) {
      return submitOnce(ctx, c, first);
    }

    @Override
    public Future<CommandOutcome> acceptPirep(AcceptPirep c) {
      return steps.run(ctx, List.of(pirep(c, false)));
    }

    @Override
    public Future<CommandOutcome> rejectPirep(RejectPirep c) {
      return steps.run(ctx, List.of(pirep(c, false)));
    }

    @Override
    public Future<CommandOutcome> startFlight(StartFlight c) {
      return steps.run(ctx, List.of(flight(c, first)));
    }

    @Override
    public Future<CommandOutcome> startFlightOnce(StartFlightOnce c) {
      StartFlight start = c.start();
      return once(ctx, FLIGHT_KEYS + c.idempotencyKey(), start.flightId(), start.tenantId(), flight(start, first));
    }

    @Override
    public Future<CommandOutcome> recordPositions(RecordPositions c) {
      return steps.run(ctx, List.of(flight(c, false)));
    }

    @Override
    public Future<CommandOutcome> markLost(MarkLost c) {
      return steps.run(ctx, List.of(flight(c, false)));
    }

    @Override
    public Future<CommandOutcome> fileFlight(FileFlight c) {
      return steps.run(ctx, List.of(flight(c, false)));
    }

    @Override
    public Future<CommandOutcome> fileFlightAsPirep(FileFlightAsPirep c) {
      return CommandService.this.fileFlight(ctx, c, first);
    }

    @Override
    public Future<CommandOutcome> cancelFlight(CancelFlight c) {
      return steps.run(ctx, List.of(flight(c, false)));
    }
  }

  private Future<CommandOutcome> registerUser(CommandContext ctx, RegisterUser register, boolean bootstrap,
      boolean first) {
    List<Step<?, ?, ?>> all = new ArrayList<>();
    all.add(reserve(UniqueValue.USER_EMAIL, register.email(), register.userId()));
    if (bootstrap) {
      all.add(reserve(UniqueValue.PLATFORM_BOOTSTRAP, "initial-admin", register.userId()));
    }
    all.add(user(register, first));
    return requireTenant(register.tenantId()).compose(ok -> steps.run(ctx, all));
  }

  /** Any stream's id can be sent as a tenantId: only a tenant's own stream makes it one. */
  private Future<Void> requireTenant(UUID tenantId) {
    if (tenantId == null) {
      return Future.succeededFuture();
    }
    return store.load(tenantId).compose(history -> RecordedEvent.isStreamOf(StreamTypes.TENANT, history)
        ? Future.succeededFuture()
        : Future.failedFuture(ValidationFailed.of("tenantId", "no airline has this id")));
  }

  private Future<CommandOutcome> submitOnce(CommandContext ctx, SubmitPirepOnce once, boolean first) {
    SubmitPirep submit = once.submit();
    return once(ctx, once.idempotencyKey(), submit.pirepId(), submit.tenantId(), pirep(submit, first));
  }

  /**
   * A live claim on the key answers with the stream it produced; otherwise claim it for {@code
   * targetId} and run {@code target}, atomically.
   */
  private Future<CommandOutcome> once(CommandContext ctx, String key, UUID targetId, UUID tenantId,
      Step<?, ?, ?> target) {
    UUID keyStream = IdempotencyKey.streamId(ctx.actor().userId(), key);
    return store.load(keyStream).compose(claims -> {
      var claim = idempotencyKeys.fold(RecordedEvent.events(claims));
      var earlier = IdempotencyKey.livePirep(claim, ctx.issuedAt());
      if (earlier.isPresent()) {
        return store.load(earlier.get()).map(history -> new CommandOutcome(history, 0, true));
      }
      var claimStep = new Step<>(idempotencyKeys, keyStream, StreamTypes.IDEMPOTENCY_KEY, s -> tenantId,
          new IdempotencyKey.Claim(ctx.actor().userId(), key, targetId, ctx.issuedAt()));
      return steps.run(ctx, List.of(claimStep, target));
    });
  }

  /**
   * The flight decides its filing first; the PIREP it files is then submitted from the flight's
   * own account of it, and both streams' events are appended in one step.
   */
  private Future<CommandOutcome> fileFlight(CommandContext ctx, FileFlightAsPirep file, boolean first) {
    FileFlight command = file.file();
    return flight(command, false).decide(store).compose(flight -> {
      FlightFiled filed = (FlightFiled) flight.events().get(0);
      SubmitPirep submit = new SubmitPirep(command.pirepId(), flight.tenantId(), command.pilotId(), file.pilotName(),
          filed.flight(), PirepSource.ACARS, command.flightId());
      return pirep(submit, first).decide(store).compose(pirep -> steps.append(ctx, List.of(flight, pirep)));
    });
  }

  private Step<?, ?, ?> reserve(String scope, String value, UUID owner) {
    return new Step<>(uniques, UniqueValue.streamId(scope, value), StreamTypes.UNIQUE_VALUE, s -> null,
        new UniqueValue.Reserve(scope, value, owner));
  }

  private Step<?, ?, ?> tenant(CreateTenant create, boolean assumeNew) {
    return new Step<>(tenants, create.tenantId(), StreamTypes.TENANT, s -> create.tenantId(), create, assumeNew);
  }

  private Step<?, ?, ?> user(UserCommand command, boolean assumeNew) {
    return new Step<>(users, command.userId(), StreamTypes.USER, CommandService::tenantOf, command, assumeNew);
  }

  private Step<?, ?, ?> pirep(PirepCommand command, boolean assumeNew) {
    return new Step<>(pireps, command.pirepId(), StreamTypes.PIREP, CommandService::tenantOf, command, assumeNew);
  }

  private Step<?, ?, ?> flight(FlightCommand command, boolean assumeNew) {
    return new Step<>(flights, command.flightId(), StreamTypes.FLIGHT, CommandService::tenantOf, command, assumeNew);
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

  private Future<CommandOutcome> retrying(Function<Boolean, Future<CommandOutcome>> attempt, int attemptsLeft,
      boolean first) {
    Future<CommandOutcome> result;
    try {
      result = attempt.apply(first);
    } catch (RuntimeException refusal) {
      result = Future.failedFuture(refusal);
    }
    return result.recover(failure -> failure instanceof ConcurrencyConflict && attemptsLeft > 1
        ? pause.after(retryPause(MAX_ATTEMPTS - attemptsLeft + 1))
            .compose(v -> retrying(attempt, attemptsLeft - 1, false))
        : Future.failedFuture(failure));
  }

  /** Between 1 ms and {@link #FIRST_RETRY_PAUSE} doubled for each retry before {@code retry}, at random. */
  static Duration retryPause(int retry) {
    long longest = FIRST_RETRY_PAUSE.toMillis() << (retry - 1);
    return Duration.ofMillis(1 + ThreadLocalRandom.current().nextLong(longest));
  }
}

package dev.albatross.domain.app;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.idempotency.IdempotencyKey;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
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

  private final EventStore store;
  private final Pause pause;
  final StepRunner steps;
  final StreamSteps streams = new StreamSteps();

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
    return retrying(first -> command.dispatch(new CommandAttempt(this, ctx, first)), MAX_ATTEMPTS, true);
  }


  Future<CommandOutcome> registerUser(CommandContext ctx, RegisterUser register, boolean bootstrap,
      boolean first) {
    List<Step<?, ?, ?>> all = new ArrayList<>();
    all.add(streams.reserve(UniqueValue.USER_EMAIL, register.email(), register.userId()));
    if (bootstrap) {
      all.add(streams.reserve(UniqueValue.PLATFORM_BOOTSTRAP, "initial-admin", register.userId()));
    }
    all.add(streams.user(register, first));
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

  Future<CommandOutcome> submitOnce(CommandContext ctx, SubmitPirepOnce once, boolean first) {
    SubmitPirep submit = once.submit();
    return once(ctx, once.idempotencyKey(), submit.pirepId(), submit.tenantId(), streams.pirep(submit, first));
  }

  /**
   * A live claim on the key answers with the stream it produced; otherwise claim it for {@code
   * targetId} and run {@code target}, atomically.
   */
  Future<CommandOutcome> once(CommandContext ctx, String key, UUID targetId, UUID tenantId,
      Step<?, ?, ?> target) {
    UUID keyStream = IdempotencyKey.streamId(ctx.actor().userId(), key);
    return store.load(keyStream).compose(claims -> {
      var earlier = IdempotencyKey.livePirep(streams.claims(claims), ctx.issuedAt());
      if (earlier.isPresent()) {
        return store.load(earlier.get()).map(history -> new CommandOutcome(history, 0, true));
      }
      var claim = new IdempotencyKey.Claim(ctx.actor().userId(), key, targetId, ctx.issuedAt());
      return steps.run(ctx, List.of(streams.claim(keyStream, tenantId, claim), target));
    });
  }

  /**
   * The flight decides its filing first; the PIREP it files is then submitted from the flight's
   * own account of it, and both streams' events are appended in one step.
   */
  Future<CommandOutcome> fileFlight(CommandContext ctx, FileFlightAsPirep file, boolean first) {
    FileFlight command = file.file();
    return streams.flight(command, false).decide(store).compose(flight -> {
      FlightFiled filed = (FlightFiled) flight.events().get(0);
      SubmitPirep submit = new SubmitPirep(command.pirepId(), flight.tenantId(), command.pilotId(), file.pilotName(),
          filed.flight(), PirepSource.ACARS, command.flightId());
      return streams.pirep(submit, first).decide(store)
          .compose(pirep -> steps.append(ctx, List.of(flight, pirep)));
    });
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

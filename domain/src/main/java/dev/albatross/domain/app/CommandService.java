package dev.albatross.domain.app;

import dev.albatross.domain.app.AppCommands.BootstrapAdmin;
import dev.albatross.domain.app.AppCommands.SubmitPirepOnce;
import dev.albatross.domain.app.Step.Decided;
import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.idempotency.IdempotencyKey;
import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepDecider;
import dev.albatross.domain.model.pirep.PirepState;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.model.tenant.TenantDecider;
import dev.albatross.domain.model.tenant.TenantState;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.model.user.UserDecider;
import dev.albatross.domain.model.user.UserState;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs commands: loads the streams a command touches, lets their deciders decide, and appends
 * all resulting events in one atomic step with the versions it read. A lost race is retried a
 * few times on the fresh state (deciding again is always safe), then reported as a conflict.
 */
public final class CommandService {

  static final int MAX_ATTEMPTS = 4;

  private final EventStore store;
  private final TenantDecider tenants = new TenantDecider();
  private final UserDecider users = new UserDecider();
  private final PirepDecider pireps = new PirepDecider();
  private final UniqueValue uniques = new UniqueValue();
  private final IdempotencyKey idempotencyKeys = new IdempotencyKey();

  public CommandService(EventStore store) {
    this.store = store;
  }

  /**
   * The first attempt decides a command that creates a stream on the empty stream, unloaded (see
   * {@link Step}); a retry after a conflict loads every stream it touches.
   */
  public Future<CommandOutcome> handle(CommandContext ctx, Object command) {
    return retrying(first -> attempt(ctx, command, first), MAX_ATTEMPTS, true);
  }

  private Future<CommandOutcome> attempt(CommandContext ctx, Object command, boolean first) {
    if (command instanceof CreateTenant create) {
      return run(ctx, List.of(reserve(UniqueValue.TENANT_ICAO, create.icao(), create.tenantId()), tenant(create, first)));
    }
    if (command instanceof DefineRanks define) {
      return run(ctx, List.of(new Step<>(tenants, define.tenantId(), StreamTypes.TENANT, s -> define.tenantId(), define)));
    }
    if (command instanceof RegisterUser register) {
      return registerUser(ctx, register, false, first);
    }
    if (command instanceof BootstrapAdmin bootstrap) {
      return registerUser(ctx, bootstrap.register(), true, first);
    }
    if (command instanceof UserCommand userCommand) {
      return run(ctx, List.of(user(userCommand, false)));
    }
    if (command instanceof SubmitPirepOnce once) {
      return submitOnce(ctx, once, first);
    }
    if (command instanceof SubmitPirep submit) {
      return run(ctx, List.of(pirep(submit, first)));
    }
    if (command instanceof PirepCommand pirepCommand) {
      return run(ctx, List.of(pirep(pirepCommand, false)));
    }
    throw new IllegalArgumentException("unknown command " + command.getClass().getName());
  }

  private Future<CommandOutcome> registerUser(CommandContext ctx, RegisterUser register, boolean bootstrap,
      boolean first) {
    List<Step<?, ?, ?>> steps = new ArrayList<>();
    steps.add(reserve(UniqueValue.USER_EMAIL, register.email(), register.userId()));
    if (bootstrap) {
      steps.add(reserve(UniqueValue.PLATFORM_BOOTSTRAP, "initial-admin", register.userId()));
    }
    steps.add(user(register, first));
    return requireTenant(register.tenantId()).compose(ok -> run(ctx, steps));
  }

  private Future<Void> requireTenant(UUID tenantId) {
    if (tenantId == null) {
      return Future.succeededFuture();
    }
    return store.load(tenantId).compose(history -> isTenant(history)
        ? Future.succeededFuture()
        : Future.failedFuture(ValidationFailed.of("tenantId", "no airline has this id")));
  }

  /** Any stream's id can be sent as a tenantId: only a tenant's own stream makes it one. */
  private static boolean isTenant(List<RecordedEvent> history) {
    return !history.isEmpty() && StreamTypes.TENANT.equals(history.get(0).streamType());
  }

  /** A live claim on the key answers with the PIREP it produced; otherwise claim it and submit, atomically. */
  private Future<CommandOutcome> submitOnce(CommandContext ctx, SubmitPirepOnce once, boolean first) {
    UUID keyStream = IdempotencyKey.streamId(ctx.actor().userId(), once.idempotencyKey());
    return store.load(keyStream).compose(claims -> {
      var claim = Step.fold(idempotencyKeys, claims);
      var earlier = IdempotencyKey.livePirep(claim, ctx.issuedAt());
      if (earlier.isPresent()) {
        return store.load(earlier.get()).map(history -> new CommandOutcome(history, 0, true));
      }
      var claimStep = new Step<>(idempotencyKeys, keyStream, StreamTypes.IDEMPOTENCY_KEY, s -> once.submit().tenantId(),
          new IdempotencyKey.Claim(ctx.actor().userId(), once.idempotencyKey(), once.submit().pirepId(), ctx.issuedAt()));
      return run(ctx, List.of(claimStep, pirep(once.submit(), first)));
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

  private static UUID tenantOf(UserState state) {
    return state instanceof UserState.ExistingUser user ? user.tenantId() : null;
  }

  private static UUID tenantOf(PirepState state) {
    return state instanceof PirepState.FiledPirep pirep ? pirep.tenantId() : null;
  }

  /** Decides every step on its stream, then appends all events at once; the last step is the command's target. */
  private Future<CommandOutcome> run(CommandContext ctx, List<Step<?, ?, ?>> steps) {
    Future<List<Decided>> decided = Future.succeededFuture(new ArrayList<>());
    for (Step<?, ?, ?> step : steps) {
      decided = decided.compose(done -> step.decide(store).map(d -> {
        done.add(d);
        return done;
      }));
    }
    return decided.compose(all -> append(ctx, all));
  }

  private Future<CommandOutcome> append(CommandContext ctx, List<Decided> decided) {
    Decided target = decided.get(decided.size() - 1);
    List<StreamWrite> writes = new ArrayList<>();
    for (Decided d : decided) {
      if (!d.events().isEmpty()) {
        writes.add(new StreamWrite(d.streamId(), d.streamType(), d.tenantId(), d.version(), pending(ctx, d)));
      }
    }
    if (writes.isEmpty()) {
      return Future.succeededFuture(new CommandOutcome(target.history(), 0, false));
    }
    return store.append(writes, metadata(ctx)).map(recorded -> outcome(target, recorded));
  }

  private static CommandOutcome outcome(Decided target, List<RecordedEvent> recorded) {
    List<RecordedEvent> history = new ArrayList<>(target.history());
    recorded.stream().filter(e -> e.streamId().equals(target.streamId())).forEach(history::add);
    return new CommandOutcome(history, history.size() - target.history().size(), false);
  }

  /** Event ids follow from the command id: a command delivered twice cannot record its events twice. */
  private static List<PendingEvent> pending(CommandContext ctx, Decided d) {
    List<PendingEvent> events = new ArrayList<>();
    for (int i = 0; i < d.events().size(); i++) {
      String seed = ctx.commandId() + "/" + d.streamId() + "/" + i;
      events.add(new PendingEvent(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)), d.events().get(i)));
    }
    return events;
  }

  private static EventMetadata metadata(CommandContext ctx) {
    return new EventMetadata(ctx.actor().userId(), ctx.issuedAt(), ctx.correlationId(), ctx.commandId());
  }

  private static Future<CommandOutcome> retrying(Function<Boolean, Future<CommandOutcome>> attempt, int attemptsLeft,
      boolean first) {
    Future<CommandOutcome> result;
    try {
      result = attempt.apply(first);
    } catch (RuntimeException refusal) {
      result = Future.failedFuture(refusal);
    }
    return result.recover(failure -> failure instanceof ConcurrencyConflict && attemptsLeft > 1
        ? retrying(attempt, attemptsLeft - 1, false)
        : Future.failedFuture(failure));
  }
}

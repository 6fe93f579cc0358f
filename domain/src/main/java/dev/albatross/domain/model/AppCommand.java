package dev.albatross.domain.model;

import dev.albatross.domain.model.flight.FlightCommand;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.tenant.TenantCommand;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import java.util.Objects;

/**
 * Every command the application runs: the aggregates' own and those below, which wrap one with a
 * rule that spans streams. Each names its method of {@link Handler}, so one handler is one
 * exhaustive dispatch: a new command does not compile until every handler runs it. (The aggregates'
 * command families live in their own packages, which a sealed type cannot permit before Java 21
 * outside a named module, and Java 17 has no switch over types; the handler gives the same
 * guarantee.)
 */
public interface AppCommand {

  <R> R dispatch(Handler<R> handler);

  private static void requireIdempotencyKey(String key) {
    if (key == null || key.isEmpty() || key.length() > 100) {
      throw new IllegalArgumentException("an idempotency key has 1 to 100 characters");
    }
  }

  /** One method per command: those of each aggregate's family, and those below. */
  interface Handler<R>
      extends TenantCommand.Cases<R>, UserCommand.Cases<R>, PirepCommand.Cases<R>, FlightCommand.Cases<R> {
    R bootstrapAdmin(BootstrapAdmin command);

    R submitPirepOnce(SubmitPirepOnce command);

    R startFlightOnce(StartFlightOnce command);

    R fileFlightAsPirep(FileFlightAsPirep command);
  }

  /** Registers the initial platform admin, at most once however many processes start together. */
  record BootstrapAdmin(RegisterUser register) implements AppCommand {
    public BootstrapAdmin {
      Objects.requireNonNull(register);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.bootstrapAdmin(this);
    }
  }

  /** Submits a PIREP unless the same user's {@code idempotencyKey} already produced one within 24 hours. */
  record SubmitPirepOnce(SubmitPirep submit, String idempotencyKey) implements AppCommand {
    public SubmitPirepOnce {
      Objects.requireNonNull(submit);
      requireIdempotencyKey(idempotencyKey);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.submitPirepOnce(this);
    }
  }

  /** Starts a flight unless the same user's {@code idempotencyKey} already started one within 24 hours. */
  record StartFlightOnce(StartFlight start, String idempotencyKey) implements AppCommand {
    public StartFlightOnce {
      Objects.requireNonNull(start);
      requireIdempotencyKey(idempotencyKey);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.startFlightOnce(this);
    }
  }

  /**
   * Files a flight as the PIREP {@code file.pirepId()} ({@code source: ACARS}), the flight's and the
   * PIREP's events appended together; {@code pilotName} is the filing pilot's.
   */
  record FileFlightAsPirep(FileFlight file, String pilotName) implements AppCommand {
    public FileFlightAsPirep {
      Objects.requireNonNull(file);
      Objects.requireNonNull(pilotName);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.fileFlightAsPirep(this);
    }
  }
}

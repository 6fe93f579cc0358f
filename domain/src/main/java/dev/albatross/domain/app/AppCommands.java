package dev.albatross.domain.app;

import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;

/** Commands of the application layer that wrap an aggregate's command with a rule that spans streams. */
public final class AppCommands {
  private AppCommands() {}

  /** Registers the initial platform admin, at most once however many processes start together. */
  public record BootstrapAdmin(RegisterUser register) {}

  /** Submits a PIREP unless the same user's {@code idempotencyKey} already produced one within 24 hours. */
  public record SubmitPirepOnce(SubmitPirep submit, String idempotencyKey) {}

  /** Starts a flight unless the same user's {@code idempotencyKey} already started one within 24 hours. */
  public record StartFlightOnce(StartFlight start, String idempotencyKey) {}

  /**
   * Files a flight as the PIREP {@code file.pirepId()} ({@code source: ACARS}), the flight's and the
   * PIREP's events appended together; {@code pilotName} is the filing pilot's.
   */
  public record FileFlightAsPirep(FileFlight file, String pilotName) {}
}

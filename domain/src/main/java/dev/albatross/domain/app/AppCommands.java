package dev.albatross.domain.app;

import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;

/** Commands of the application layer that wrap an aggregate's command with a rule that spans streams. */
public final class AppCommands {
  private AppCommands() {}

  /** Registers the initial platform admin, at most once however many processes start together. */
  public record BootstrapAdmin(RegisterUser register) {}

  /** Submits a PIREP unless the same user's {@code idempotencyKey} already produced one within 24 hours. */
  public record SubmitPirepOnce(SubmitPirep submit, String idempotencyKey) {}
}

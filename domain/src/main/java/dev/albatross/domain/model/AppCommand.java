package dev.albatross.domain.model;

import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.tenant.TenantCommand;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import java.util.Objects;

/**
 * Every command the application runs: the aggregates' own and the two below, which wrap one with a
 * rule that spans streams. Each names its method of {@link Handler}, so one handler is one
 * exhaustive dispatch: a new command does not compile until every handler runs it. (The aggregates'
 * command families live in their own packages, which a sealed type cannot permit before Java 21
 * outside a named module, and Java 17 has no switch over types; the handler gives the same
 * guarantee.)
 */
public interface AppCommand {

  <R> R dispatch(Handler<R> handler);

  /** One method per command: those of each aggregate's family, and the two below. */
  interface Handler<R> extends TenantCommand.Cases<R>, UserCommand.Cases<R>, PirepCommand.Cases<R> {
    R bootstrapAdmin(BootstrapAdmin command);

    R submitPirepOnce(SubmitPirepOnce command);
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
      if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > 100) {
        throw new IllegalArgumentException("an idempotency key has 1 to 100 characters");
      }
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.submitPirepOnce(this);
    }
  }
}

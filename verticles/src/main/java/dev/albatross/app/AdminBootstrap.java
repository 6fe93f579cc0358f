package dev.albatross.app;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.AppCommands.BootstrapAdmin;
import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.security.PasswordHasher;
import dev.albatross.security.Secrets;
import io.vertx.core.Future;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the initial platform admin unless one was created before. The claim on the bootstrap
 * is a unique value in the event store, so gateways starting together create exactly one.
 */
final class AdminBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final Config config;
  private final String email;
  private final boolean generated;
  private final Future<String> hash;
  /** A generated one-time password, logged once the admin exists; held only until {@link #run}. */
  private String password;

  /**
   * Begins hashing the admin's password at once (Argon2, a few hundred milliseconds of a core), so
   * that it runs while the process connects and deploys rather than after.
   */
  AdminBootstrap(Config config, PasswordHasher hasher) {
    this.config = config;
    this.email = config.adminEmail().orElse(Config.DEFAULT_ADMIN_EMAIL).toLowerCase(Locale.ROOT);
    this.generated = config.adminPassword().isEmpty();
    String chosen = config.adminPassword().orElseGet(Secrets::newPassword);
    this.password = generated ? chosen : null;
    this.hash = hasher.hash(chosen);
  }

  Future<Void> run(CommandBus commands) {
    String oneTime = password;
    password = null;
    UUID id = UUID.randomUUID();
    return hash
        .compose(phc -> commands.send(new Actor(id, Role.PLATFORM_ADMIN, null), UUID.randomUUID(),
            new BootstrapAdmin(new RegisterUser(id, email, "Platform admin", Role.PLATFORM_ADMIN, null, phc, generated))))
        .<Void>map(outcome -> {
          if (generated) {
            LOG.info("Initial platform admin created. Sign in at http://localhost:{} as {} with the one-time password {}"
                + " (you will be asked to change it).", config.httpPort(), email, oneTime);
          } else {
            LOG.info("Initial platform admin {} created with the configured password.", email);
          }
          return null;
        })
        .recover(failure -> {
          if (failure instanceof Conflict) {
            LOG.info("A platform admin exists already; sign in with your account.");
            return Future.succeededFuture();
          }
          return Future.failedFuture(failure);
        });
  }
}

package dev.albatross.app;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.model.AppCommand.BootstrapAdmin;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.security.PasswordHasher;
import dev.albatross.security.Secrets;
import io.vertx.core.Future;
import java.util.Locale;
import java.util.Optional;
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
  private final PasswordHasher hasher;
  private final String email;
  private final boolean generated;
  /** The admin's password hash, or null once a platform admin is known to exist. */
  private Future<String> hash = Future.succeededFuture(null);
  /** A generated one-time password, logged once the admin exists; held only until {@link #run}. */
  private String password;

  AdminBootstrap(Config config, PasswordHasher hasher) {
    this.config = config;
    this.hasher = hasher;
    this.email = config.adminEmail().orElse(Config.DEFAULT_ADMIN_EMAIL).toLowerCase(Locale.ROOT);
    this.generated = config.adminPassword().isEmpty();
  }

  /**
   * Begins hashing the admin's password (Argon2: 19 MiB and a few hundred milliseconds of a core)
   * as soon as the read models are open, so that it runs while the process deploys rather than
   * after; not at all when they show a platform admin, as after every restart of a process that
   * keeps its data: there the hash only competed with the replay for the cores and the heap. A
   * read model behind its events is harmless: the claim on the bootstrap still refuses a second.
   */
  void prepare(UserQueries users) {
    hash = users.users(new UserFilter(Optional.empty(), Optional.of(Role.PLATFORM_ADMIN)), PageRequest.first(1))
        .compose(admins -> admins.items().isEmpty() ? hashPassword() : Future.succeededFuture(null));
  }

  private Future<String> hashPassword() {
    String chosen = config.adminPassword().orElseGet(Secrets::newPassword);
    password = generated ? chosen : null;
    return hasher.hash(chosen);
  }

  Future<Void> run(CommandBus commands) {
    return hash.compose(phc -> phc == null ? existing() : create(commands, phc));
  }

  private Future<Void> create(CommandBus commands, String phc) {
    String oneTime = password;
    password = null;
    UUID id = UUID.randomUUID();
    return commands.send(new Actor(id, Role.PLATFORM_ADMIN, null), UUID.randomUUID(),
            new BootstrapAdmin(new RegisterUser(id, email, "Platform admin", Role.PLATFORM_ADMIN, null, phc, generated)))
        .<Void>map(outcome -> {
          if (generated) {
            LOG.info("Initial platform admin created. Sign in at http://localhost:{} as {} with the one-time password {}"
                + " (you will be asked to change it).", config.httpPort(), email, oneTime);
          } else {
            LOG.info("Initial platform admin {} created with the configured password.", email);
          }
          return null;
        })
        .recover(failure -> failure instanceof Conflict ? existing() : Future.failedFuture(failure));
  }

  private static Future<Void> existing() {
    LOG.info("A platform admin exists already; sign in with your account.");
    return Future.succeededFuture();
  }
}

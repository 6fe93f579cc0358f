package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.UserDirectory;
import dev.albatross.domain.app.UserDirectory.UserRecord;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.RateLimited;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.user.UserCommand.ChangePassword;
import dev.albatross.domain.model.user.UserCommand.EndSession;
import dev.albatross.domain.model.user.UserState.ExistingUser;
import dev.albatross.domain.port.LoginThrottle;
import dev.albatross.security.PasswordHasher;
import dev.albatross.security.Tokens;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Sign-in and sign-out, the caller's own user, and password changes. */
public final class AuthRoutes {
  static final int PASSWORD_MIN = 12;
  static final int PASSWORD_MAX = 128;
  private static final String BAD_CREDENTIALS = "The e-mail or password is wrong.";

  private final Authentication auth;
  private final UserDirectory directory;
  private final PasswordHasher hasher;
  private final Tokens tokens;
  private final LoginThrottle throttle;
  private final CommandBus commands;
  private final ReadConsistency reads;
  private final Clock clock;
  private final Future<String> decoyHash;

  public AuthRoutes(Authentication auth, UserDirectory directory, PasswordHasher hasher, Tokens tokens,
      LoginThrottle throttle, CommandBus commands, Clock clock, ReadConsistency reads) {
    this.auth = auth;
    this.directory = directory;
    this.hasher = hasher;
    this.tokens = tokens;
    this.throttle = throttle;
    this.commands = commands;
    this.reads = reads;
    this.clock = clock;
    this.decoyHash = hasher.hash("a password nobody has");
  }

  public void mount(Router router) {
    router.post("/api/auth/login").handler(this::login);
    router.get("/api/me").handler(auth.any()).handler(this::me);
    router.post("/api/me/password").handler(auth.any()).handler(this::changePassword);
    router.post("/api/auth/logout").handler(auth.any()).handler(this::logout);
  }

  private record Credentials(String email, String password) {}

  private void login(RoutingContext ctx) {
    Body body = Body.of(ctx);
    String email = body.string("email", true, 1, 254);
    String password = body.string("password", true, 1, PASSWORD_MAX);
    body.validate();
    Credentials credentials = new Credentials(email.trim().toLowerCase(Locale.ROOT), password);
    respond(ctx, throttle.lockedFor(credentials.email(), clock.instant())
        .compose(locked -> locked.isPresent()
            ? Future.failedFuture(new RateLimited("Too many failed sign-ins; wait before trying again.", locked.get()))
            : authenticate(credentials))
        .compose(user -> Responses.ok(ctx, session(user))));
  }

  /**
   * Unknown e-mails cost an Argon2 verification too, so timing does not tell which e-mails exist;
   * a suspended user is told what a wrong password is told.
   */
  private Future<UserRecord> authenticate(Credentials c) {
    return directory.byEmail(c.email()).compose(user -> verify(user, c.password()).compose(ok -> {
      if (ok && user.get().view().active()) {
        return throttle.reset(c.email()).map(user.get());
      }
      return throttle.recordFailure(c.email(), clock.instant())
          .compose(v -> Future.failedFuture(new Unauthorized(BAD_CREDENTIALS)));
    }));
  }

  private Future<Boolean> verify(Optional<UserRecord> user, String password) {
    if (user.isPresent()) {
      return hasher.verify(password, user.get().state().passwordHash());
    }
    return decoyHash.compose(decoy -> hasher.verify(password, decoy)).map(false);
  }

  private JsonObject session(UserRecord user) {
    ExistingUser u = user.state();
    Tokens.Issued issued = tokens.issue(new Actor(u.id(), u.role(), u.tenantId()), u.displayName(),
        u.mustChangePassword(), user.view().sessions().generation(), clock.instant());
    return new JsonObject()
        .put("token", issued.token())
        .put("expiresAt", Representations.time(issued.expiresAt()))
        .put("user", Representations.user(user.view()));
  }

  private void me(RoutingContext ctx) {
    respond(ctx, currentUser(ctx).compose(user -> Responses.ok(ctx, Representations.user(user.view()))));
  }

  private Future<UserRecord> currentUser(RoutingContext ctx) {
    return directory.byId(Principal.of(ctx).actor().userId())
        .compose(user -> user.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(new NotFound("User not found."))));
  }

  private void changePassword(RoutingContext ctx) {
    Body body = Body.of(ctx);
    String current = body.string("currentPassword", true, 1, PASSWORD_MAX);
    String next = body.string("newPassword", true, PASSWORD_MIN, PASSWORD_MAX);
    body.validate();
    Principal principal = Principal.of(ctx);
    respond(ctx, currentUser(ctx)
        .compose(user -> hasher.verify(current, user.state().passwordHash()))
        .compose(ok -> ok
            ? hasher.hash(next)
            : Future.failedFuture(ValidationFailed.of("currentPassword", "is not your current password")))
        .compose(hash -> commands.send(principal.actor(), RequestIds.of(ctx),
            new ChangePassword(principal.actor().userId(), hash,
                principal.session() == null ? null : principal.session().id())))
        .compose(outcome -> reads.visible(ctx, outcome))
        .compose(outcome -> Responses.noContent(ctx)));
  }

  /** Ends the session of the request's token, on every gateway before the 204. */
  private void logout(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    Principal.Session session = principal.session();
    if (session == null) {
      throw new Forbidden("Only a signed-in session can sign out; revoke an API key instead.");
    }
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx),
            new EndSession(principal.actor().userId(), session.id(), session.expiresAt()))
        .compose(outcome -> reads.visible(ctx, outcome))
        .compose(outcome -> Responses.noContent(ctx)));
  }
}

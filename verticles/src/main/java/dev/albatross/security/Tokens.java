package dev.albatross.security;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.model.Role;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Signed session tokens: JWT with HS256 only, valid for at most 60 minutes. */
public final class Tokens {
  public static final Duration LIFETIME = Duration.ofMinutes(60);
  private static final String ALGORITHM = "HS256";

  /** A verified token: who it names, and whether it was issued while a password change was due. */
  public record Claims(Actor actor, String displayName, boolean mustChangePassword) {}

  public record Issued(String token, Instant expiresAt) {}

  private final JWTAuth jwt;

  public Tokens(Vertx vertx, String secret) {
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(Buffer.buffer(secret))));
  }

  public Issued issue(Actor actor, String displayName, boolean mustChangePassword, Instant now) {
    JsonObject claims = new JsonObject()
        .put("sub", actor.userId().toString())
        .put("role", actor.role().name())
        .put("name", displayName)
        .put("mcp", mustChangePassword);
    if (actor.tenantId() != null) {
      claims.put("tid", actor.tenantId().toString());
    }
    String token = jwt.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM)
        .setExpiresInSeconds((int) LIFETIME.toSeconds()));
    return new Issued(token, now.plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  public Future<Claims> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token))
        .map(user -> claims(user.principal()))
        .recover(failure -> Future.failedFuture(new Unauthorized("The token is invalid or expired.")));
  }

  private static Claims claims(JsonObject p) {
    String tenant = p.getString("tid");
    Actor actor = new Actor(UUID.fromString(p.getString("sub")), Role.valueOf(p.getString("role")),
        tenant == null ? null : UUID.fromString(tenant));
    return new Claims(actor, p.getString("name", ""), p.getBoolean("mcp", false));
  }
}

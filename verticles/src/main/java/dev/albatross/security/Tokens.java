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
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Signed session tokens: JWT with HS256 only, valid for at most 60 minutes. */
public final class Tokens {
  public static final Duration LIFETIME = Duration.ofMinutes(60);
  private static final String ALGORITHM = "HS256";

  /**
   * A verified token: who it names, whether it was issued while a password change was due, its
   * session (null for a token without one) and the user's session generation it was issued in.
   */
  public record Claims(Actor actor, String displayName, boolean mustChangePassword, UUID sessionId, int generation,
      Instant expiresAt) {}

  public record Issued(String token, Instant expiresAt, UUID sessionId) {}

  /** Verified tokens remembered at most; a session token is about 300 bytes. */
  private static final int REMEMBERED = 10_000;

  private record Verified(Claims claims, long expiresAtMillis) {}

  private final JWTAuth jwt;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  public Tokens(Vertx vertx, String secret) {
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(Buffer.buffer(secret))));
  }

  public Issued issue(Actor actor, String displayName, boolean mustChangePassword, Instant now) {
    return issue(actor, displayName, mustChangePassword, 0, now);
  }

  /** A token of a new session, in the user's session {@code generation}. */
  public Issued issue(Actor actor, String displayName, boolean mustChangePassword, int generation, Instant now) {
    UUID session = UUID.randomUUID();
    JsonObject claims = new JsonObject()
        .put("sub", actor.userId().toString())
        .put("role", actor.role().name())
        .put("name", displayName)
        .put("mcp", mustChangePassword)
        .put("jti", session.toString())
        .put("gen", generation);
    if (actor.tenantId() != null) {
      claims.put("tid", actor.tenantId().toString());
    }
    String token = jwt.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM)
        .setExpiresInSeconds((int) LIFETIME.toSeconds()));
    return new Issued(token, now.plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS), session);
  }

  /**
   * The token's claims if its signature and expiry hold. A token verified once is remembered
   * until it expires (the same string carries the same signature), so a session's requests
   * after its first cost a map lookup; the memory is emptied whenever it holds too many.
   */
  public Future<Claims> verify(String token) {
    Verified known = verified.get(token);
    if (known != null) {
      if (known.expiresAtMillis() > System.currentTimeMillis()) {
        return Future.succeededFuture(known.claims());
      }
      verified.remove(token);
    }
    return jwt.authenticate(new TokenCredentials(token))
        .map(user -> remember(token, user))
        .recover(failure -> Future.failedFuture(new Unauthorized("The token is invalid or expired.")));
  }

  private Claims remember(String token, User user) {
    long expiresAtMillis = ((Number) user.get("exp")).longValue() * 1000;
    Claims claims = claims(user.principal(), Instant.ofEpochMilli(expiresAtMillis));
    if (verified.size() >= REMEMBERED) {
      verified.clear();
    }
    verified.put(token, new Verified(claims, expiresAtMillis));
    return claims;
  }

  private static Claims claims(JsonObject p, Instant expiresAt) {
    String tenant = p.getString("tid");
    Actor actor = new Actor(UUID.fromString(p.getString("sub")), Role.valueOf(p.getString("role")),
        tenant == null ? null : UUID.fromString(tenant));
    String session = p.getString("jti");
    return new Claims(actor, p.getString("name", ""), p.getBoolean("mcp", false),
        session == null ? null : UUID.fromString(session), p.getInteger("gen", 0), expiresAt);
  }
}

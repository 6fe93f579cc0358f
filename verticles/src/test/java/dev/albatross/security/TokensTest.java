package dev.albatross.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.model.Role;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Session tokens")
class TokensTest {
  private static final String SECRET = "a-test-secret-of-at-least-32-characters";
  private static Vertx vertx;
  private static Tokens tokens;
  private final Actor pilot = new Actor(UUID.randomUUID(), Role.PILOT, UUID.randomUUID());

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    tokens = new Tokens(vertx, SECRET);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(5, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("a token it issued verifies to the same actor and lives at most 60 minutes")
  void roundTrip() throws Exception {
    Instant now = Instant.now();
    Tokens.Issued issued = tokens.issue(pilot, "Ada", true, now);
    Tokens.Claims claims = tokens.verify(issued.token()).await(5, TimeUnit.SECONDS);
    assertThat(claims.actor()).isEqualTo(pilot);
    assertThat(claims.displayName()).isEqualTo("Ada");
    assertThat(claims.mustChangePassword()).isTrue();
    assertThat(issued.expiresAt()).isBeforeOrEqualTo(now.plusSeconds(3600));
    JsonObject payload = payload(issued.token());
    assertThat(payload.getLong("exp") - payload.getLong("iat")).isLessThanOrEqualTo(3600);
  }

  @Test
  @DisplayName("a token past its expiry is refused")
  void expired() {
    long past = Instant.now().minusSeconds(120).getEpochSecond();
    String token = sign("HS256", claims().put("iat", past - 3600).put("exp", past), SECRET);
    assertRefused(token);
  }

  @Test
  @DisplayName("a token verified before is refused once it expires")
  void expiresWhileRemembered() throws Exception {
    long now = Instant.now().getEpochSecond();
    String token = sign("HS256", claims().put("iat", now).put("exp", now + 2), SECRET);
    assertThat(tokens.verify(token).await(5, TimeUnit.SECONDS).actor().userId()).isEqualTo(pilot.userId());

    Thread.sleep(Math.max(0, (now + 2) * 1000 - System.currentTimeMillis() + 100));

    assertRefused(token);
  }

  @Test
  @DisplayName("an unsigned token (alg none) is refused")
  void algNone() {
    String header = b64(new JsonObject().put("typ", "JWT").put("alg", "none").encode());
    String body = b64(claims().put("exp", Instant.now().plusSeconds(600).getEpochSecond()).encode());
    assertRefused(header + "." + body + ".");
  }

  @Test
  @DisplayName("a token signed with another secret, or with another algorithm, is refused")
  void otherKeyOrAlgorithm() {
    long exp = Instant.now().plusSeconds(600).getEpochSecond();
    assertRefused(sign("HS256", claims().put("exp", exp), "another-secret-of-at-least-32-characters"));
    assertRefused(sign("HS512", claims().put("exp", exp), SECRET));
    assertRefused(sign("RS256", claims().put("exp", exp), SECRET));
  }

  @Test
  @DisplayName("a well-signed token with a tampered payload is refused")
  void tampered() {
    String[] parts = tokens.issue(pilot, "Ada", false, Instant.now()).token().split("\\.");
    String forged = b64(payload(parts[0] + "." + parts[1]).put("role", "PLATFORM_ADMIN").encode());
    assertRefused(parts[0] + "." + forged + "." + parts[2]);
  }

  private JsonObject claims() {
    return new JsonObject().put("sub", pilot.userId().toString()).put("role", "PLATFORM_ADMIN").put("name", "x");
  }

  private static void assertRefused(String token) {
    assertThatThrownBy(() -> tokens.verify(token).await(5, TimeUnit.SECONDS)).isInstanceOf(Unauthorized.class);
  }

  private static JsonObject payload(String token) {
    return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  private static String sign(String alg, JsonObject claims, String secret) {
    String signingInput = b64(new JsonObject().put("typ", "JWT").put("alg", alg).encode()) + "." + b64(claims.encode());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}

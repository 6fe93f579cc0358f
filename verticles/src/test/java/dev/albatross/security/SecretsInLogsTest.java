package dev.albatross.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Albatross;
import dev.albatross.api.Caller;
import dev.albatross.live.LiveClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every path a secret travels (sign-in, generated and changed passwords, API keys, session
 * tokens, the live bridge, refusals) with every logger at its most verbose, then looks for each
 * secret in what was logged or printed.
 */
@DisplayName("Secrets never reach the logs")
class SecretsInLogsTest {
  @RegisterExtension
  @Order(1)
  static final CapturedLogs logs = new CapturedLogs();

  @RegisterExtension
  @Order(2)
  static final Albatross app = new Albatross();

  private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password (\\S+)");

  @Test
  @DisplayName("passwords, one-time passwords, API keys, their hashes, tokens and the JWT secret are never logged")
  void fullScenario() throws Exception {
    List<String> secrets = new ArrayList<>(List.of(Albatross.ADMIN_PASSWORD, Albatross.PASSWORD,
        Albatross.JWT_SECRET));
    secrets.addAll(tokenOf(app.login(Albatross.ADMIN_EMAIL, Albatross.ADMIN_PASSWORD).expect(200)));
    JsonObject tenant = app.createTenant();
    app.newTenantAdmin(tenant);

    JsonObject registered = app.admin().post("/api/users", app.registration("PILOT", tenant.getString("id"))
        .putNull("password")).expect(201);
    String oneTime = registered.getString("initialPassword");
    String changed = "a changed password of the pilot";
    String typo = "a mistyped password of the pilot";
    secrets.addAll(List.of(oneTime, changed, typo));
    JsonObject firstSession = app.login(registered.getString("email"), oneTime).expect(200);
    secrets.addAll(tokenOf(firstSession));
    Caller first = app.withToken(firstSession.getString("token"), firstSession.getJsonObject("user"));
    first.get("/api/pireps").expectProblem(403);
    first.post("/api/me/password", new JsonObject().put("currentPassword", typo).put("newPassword", changed))
        .expectInvalid("currentPassword");
    first.post("/api/me/password", new JsonObject().put("currentPassword", oneTime).put("newPassword", changed))
        .expect(204);
    app.login(registered.getString("email"), typo).expectProblem(401);
    app.login(registered.getString("email"), oneTime).expectProblem(401);
    JsonObject session = app.login(registered.getString("email"), changed).expect(200);
    secrets.addAll(tokenOf(session));
    Caller pilot = app.withToken(session.getString("token"), session.getJsonObject("user"));
    pilot.filePirep();

    JsonObject key = pilot.createApiKey("acars");
    secrets.add(key.getString("key"));
    secrets.add(Secrets.sha256Hex(key.getString("key")));
    Caller acars = app.withKey(key.getString("key"), pilot.user());
    acars.getUntil("/api/me", r -> r.status() == 200);
    acars.filePirep();
    listenLive(tenant, session.getString("token"), key.getString("key"));
    pilot.delete("/api/api-keys/" + key.getString("id")).expect(204);
    acars.getUntil("/api/me", r -> r.status() == 401);

    String forged = app.jwt("another-secret-of-at-least-32-characters")
        .generateToken(new JsonObject().put("sub", pilot.id()), new JWTOptions());
    secrets.add(forged);
    app.withToken(forged, null).get("/api/me").expectProblem(401);
    app.anonymous().post("/api/auth/login", new JsonObject().put("email", registered.getString("email"))
        .put("password", changed.repeat(5000))).expectProblem(413);

    assertThat(logs.text()).as("what was logged").contains("Albatross is up");
    secrets.add("$argon2");
    for (String secret : secrets) {
      assertThat(logs.entriesWith(secret)).as("log lines with a secret").isEmpty();
    }
  }

  @Test
  @DisplayName("without a configured admin password, the generated one is logged exactly once, and nothing else secret")
  void generatedAdminPassword() {
    Albatross fresh = Albatross.withGeneratedAdminPassword();
    fresh.start();
    try {
      Matcher m = ONE_TIME_PASSWORD.matcher(logs.text());
      assertThat(m.find()).as("the generated password is logged").isTrue();
      String oneTime = m.group(1);
      JsonObject session = fresh.login(Albatross.ADMIN_EMAIL, oneTime).expect(200);
      assertThat(session.getJsonObject("user").getBoolean("mustChangePassword")).isTrue();
      String chosen = "the admin's own password";
      fresh.withToken(session.getString("token"), session.getJsonObject("user")).post("/api/me/password",
          new JsonObject().put("currentPassword", oneTime).put("newPassword", chosen)).expect(204);
      JsonObject later = fresh.login(Albatross.ADMIN_EMAIL, chosen).expect(200);

      assertThat(logs.entriesWith(oneTime)).as("log lines with the one-time password").hasSize(1);
      for (String secret : List.of(chosen, session.getString("token"), later.getString("token"), "$argon2")) {
        assertThat(logs.entriesWith(secret)).as("log lines with a secret").isEmpty();
      }
    } finally {
      fresh.stop();
    }
  }

  /** A client of the live bridge that registers with a token and with a key, as ACARS tools do. */
  private static void listenLive(JsonObject tenant, String token, String key) throws Exception {
    LiveClient client = LiveClient.connect(app.vertx(), app.port());
    String address = "tenant." + tenant.getString("id") + ".pireps";
    client.register(address, new JsonObject().put("Authorization", "Bearer " + token));
    client.register(address, new JsonObject().put("X-API-Key", key));
    client.register("platform.tenants", new JsonObject().put("X-API-Key", key));
    client.awaitQuiet();
    client.close();
  }

  /** The token of a sign-in, and its signature alone, which is secret enough on its own. */
  private static List<String> tokenOf(JsonObject session) {
    String token = session.getString("token");
    return List.of(token, token.substring(token.lastIndexOf('.') + 1));
  }
}

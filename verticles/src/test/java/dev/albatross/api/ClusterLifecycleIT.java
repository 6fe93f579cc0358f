package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Cluster.Airline;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Writes to who may do what, made through gateway 1, and the very next request to gateway 2,
 * with no retry: two gateways and a worker as separate processes on PostgreSQL, RabbitMQ and Redis.
 */
@DisplayName("Sessions and user lifecycle across two gateways")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterLifecycleIT {
  private Cluster cluster;
  private Airline airline;

  @BeforeAll
  void startCluster() throws Exception {
    cluster = new Cluster("lifecycle");
    airline = cluster.airline("LC" + (char) ('A' + (int) (Math.random() * 26)));
  }

  @AfterAll
  void stopCluster() throws Exception {
    cluster.close();
  }

  /** A new pilot of the airline, signed in on gateway 1. */
  private Caller newPilot() {
    JsonObject pilot = cluster.admin(cluster.gateway1)
        .post("/api/users", Cluster.user("PILOT", airline.tenant().getString("id"))).expect(201);
    return cluster.signIn(cluster.gateway1, pilot.getString("email"), Cluster.PASSWORD);
  }

  private Caller keyOn2(Caller owner) {
    return new Caller(cluster.web(cluster.gateway2), MultiMap.caseInsensitiveMultiMap()
        .add("X-API-Key", owner.createApiKey("ACARS").getString("key")), owner.user());
  }

  private Reply loginOn2(Caller who, String password) {
    return cluster.anonymous(cluster.gateway2).post("/api/auth/login",
        new JsonObject().put("email", who.user().getString("email")).put("password", password));
  }

  @Test
  @Order(1)
  @DisplayName("a user suspended through gateway 1 is refused by gateway 2 on the very next request: token, key, sign-in")
  void suspendedEverywhere() {
    for (int i = 0; i < 5; i++) {
      Caller pilot = newPilot();
      Caller tokenOn2 = cluster.on(cluster.gateway2, pilot);
      Caller keyOn2 = keyOn2(pilot);
      tokenOn2.get("/api/me").expect(200);
      keyOn2.get("/api/me").expect(200);

      airline.chief().post("/api/users/" + pilot.id() + "/suspend", new JsonObject().put("reason", "left " + i))
          .expect(200);
      tokenOn2.get("/api/me").expectProblem(401);
      keyOn2.get("/api/pireps").expectProblem(401);
      loginOn2(pilot, Cluster.PASSWORD).expectProblem(401);

      airline.chief().post("/api/users/" + pilot.id() + "/reactivate").expect(200);
      keyOn2.get("/api/me").expect(200);
      loginOn2(pilot, Cluster.PASSWORD).expect(200);
    }
  }

  @Test
  @Order(2)
  @DisplayName("a token signed out through gateway 1 answers 401 on gateway 2 at once; the user's other session holds")
  void signedOutEverywhere() {
    for (int i = 0; i < 5; i++) {
      Caller pilot = newPilot();
      Caller otherSession = cluster.signIn(cluster.gateway2, pilot.user().getString("email"), Cluster.PASSWORD);
      Caller tokenOn2 = cluster.on(cluster.gateway2, pilot);
      tokenOn2.get("/api/me").expect(200);
      assertThat(pilot.post("/api/auth/logout").status()).isEqualTo(204);
      tokenOn2.get("/api/me").expectProblem(401);
      otherSession.get("/api/me").expect(200);
    }
  }

  @Test
  @Order(3)
  @DisplayName("a password changed through gateway 1 ends the other sessions on gateway 2 at once, not its own")
  void passwordEndsOtherSessions() {
    Caller pilot = newPilot();
    Caller otherSession = cluster.signIn(cluster.gateway2, pilot.user().getString("email"), Cluster.PASSWORD);
    otherSession.get("/api/me").expect(200);
    assertThat(pilot.post("/api/me/password", new JsonObject().put("currentPassword", Cluster.PASSWORD)
        .put("newPassword", "a-new-cluster-password")).status()).isEqualTo(204);
    otherSession.get("/api/me").expectProblem(401);
    cluster.on(cluster.gateway2, pilot).get("/api/me").expect(200);
    loginOn2(pilot, "a-new-cluster-password").expect(200);
  }

  @Test
  @Order(4)
  @DisplayName("a role changed through gateway 1 is the caller's role on gateway 2 at once")
  void roleEverywhere() {
    JsonObject admin = cluster.admin(cluster.gateway1)
        .post("/api/users", Cluster.user("TENANT_ADMIN", airline.tenant().getString("id"))).expect(201);
    Caller adminOn2 = cluster.signIn(cluster.gateway2, admin.getString("email"), Cluster.PASSWORD);
    adminOn2.get("/api/users").expect(200);
    assertThat(airline.chief().patch("/api/users/" + admin.getString("id"), new JsonObject().put("role", "PILOT"))
        .expect(200).getString("role")).isEqualTo("PILOT");
    adminOn2.get("/api/users").expectProblem(403);
  }

  @Test
  @Order(5)
  @DisplayName("the live read models, users' status and sessions included, equal a rebuild from the event store")
  void liveEqualsRebuild() throws Exception {
    cluster.assertLiveEqualsRebuild("lifecycle");
  }
}

package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.cluster.AlbatrossProcess;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code java -jar albatross.jar simulate} against the default mode started from the same jar. */
@DisplayName("The ACARS simulator flies, reports and files flights through the API")
class SimulatorIT extends JarInDataDirectory {
  @Override
  String name() {
    return "simulated";
  }

  @Test
  @DisplayName("three flights EGLL-LFPG at 5,000 times real time: three ACARS PIREPs, each flight filed with its whole track")
  void threeFlights() throws Exception {
    Caller admin = signIn("admin@albatross.local", ADMIN_PASSWORD);
    admin.post("/api/me/password", new JsonObject().put("currentPassword", ADMIN_PASSWORD)
        .put("newPassword", "the admin's own chosen password")).expect(204);
    JsonObject tenant = admin.post("/api/tenants", new JsonObject().put("name", "Sim Air").put("icao", "SIM"))
        .expect(201);
    admin.post("/api/users", new JsonObject().put("email", "pilot@sim.test").put("displayName", "Sim Pilot")
        .put("role", "PILOT").put("tenantId", tenant.getString("id")).put("password", "sim-pilot-password"))
        .expect(201);
    Caller pilot = signIn("pilot@sim.test", "sim-pilot-password");
    String key = pilot.createApiKey("simulator").getString("key");

    int exit = AlbatrossProcess.runCommand("simulator-" + UUID.randomUUID(), Map.of(), "simulate",
        "--base", "http://127.0.0.1:" + app.port(), "--key", key, "--from", "EGLL", "--to", "LFPG",
        "--flights", "3", "--speedup", "5000");

    assertThat(exit).isZero();
    List<JsonObject> pireps = pilot.getUntil("/api/pireps", r -> r.items().size() == 3).items().stream()
        .map(p -> (JsonObject) p).toList();
    assertThat(pireps).allSatisfy(p -> {
      assertThat(p.getString("source")).isEqualTo("ACARS");
      assertThat(p.getString("departure")).isEqualTo("EGLL");
      assertThat(p.getString("arrival")).isEqualTo("LFPG");
      assertThat(p.getInteger("flightTimeMinutes")).isBetween(20, 90);
      assertThat(p.getInteger("distanceNm")).isBetween(180, 200);
      assertThat(p.getInteger("landingRateFpm")).isBetween(-400, -60);
    });
    List<JsonObject> filed = pilot.getAll("/api/flights?status=FILED");
    assertThat(filed).hasSize(3);
    for (JsonObject flight : filed) {
      JsonArray track = pilot.get("/api/flights/" + flight.getString("id") + "/track").expect(200)
          .getJsonArray("items");
      assertThat(track.size()).isGreaterThan(1_000);
      assertThat(track.getJsonObject(0).getBoolean("onGround")).isTrue();
      assertThat(track.getJsonObject(track.size() - 1).getBoolean("onGround")).isTrue();
      assertThat(pireps).extracting(p -> p.getString("id")).contains(flight.getString("pirepId"));
    }
  }
}

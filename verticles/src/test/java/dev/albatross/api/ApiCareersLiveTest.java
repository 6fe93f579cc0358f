package dev.albatross.api;

import static dev.albatross.api.ApiCareersTest.flight;
import static dev.albatross.api.ApiCareersTest.ranks;
import static dev.albatross.api.ApiCareersTest.statsPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.live.LiveClient;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Pilot careers live: tenant.<tenantId>.pilots")
class ApiCareersLiveTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  private final Airlines.WithPilots airlines = new Airlines.WithPilots(app);

  @Test
  @DisplayName("an accept that promotes, and a change of ranks, each tell the airline PilotStatsChanged with the new stats")
  void promotions() throws Exception {
    Reply defined = airlines.tenantAdmin.put("/api/tenants/" + airlines.airlineId() + "/ranks",
        ranks("Cadet", 0, "Captain", 1));
    defined.expect(200);
    // once a read has waited for the definition's position, its notifications have gone out: none reach the client
    Caller.await(airlines.tenantAdmin.send(io.vertx.core.http.HttpMethod.GET, "/api/tenants/" + airlines.airlineId()
        + "/ranks", io.vertx.core.MultiMap.caseInsensitiveMultiMap()
        .add("Albatross-Min-Position", defined.header("Albatross-Position")), null)).expect(200);
    JsonObject pirep = airlines.pilot.filePirep(flight(90, "2026-09-01T10:00:00Z", 400, -120));
    LiveClient client = LiveClient.connect(app.vertx(), app.port());
    try {
      client.register("tenant." + airlines.airlineId() + ".pilots",
          new JsonObject().put("Authorization", airlines.colleague.authorization()));
      client.awaitQuiet();
      airlines.tenantAdmin.accept(pirep).expect(200);
      JsonObject promoted = client.awaitFrame("rec").getJsonObject("body");
      assertThat(promoted.getString("type")).isEqualTo("PilotStatsChanged");
      assertThat(promoted.getJsonObject("stats")).isEqualTo(airlines.pilot.get(statsPath(airlines.pilot)).expect(200));
      assertThat(promoted.getJsonObject("stats").getJsonObject("rank").getString("name")).isEqualTo("Captain");
      assertThat(promoted.getJsonObject("stats").getLong("flightMinutes")).isEqualTo(90);

      airlines.tenantAdmin.put("/api/tenants/" + airlines.airlineId() + "/ranks", ranks("Cadet", 0, "Captain", 2))
          .expect(200);
      // the airline's three users (its admin, the pilot, the colleague) each hear their new stats
      List<JsonObject> reranked = client.awaitFrames("rec", 4).subList(1, 4).stream()
          .map(frame -> frame.getJsonObject("body")).toList();
      assertThat(reranked).extracting(body -> body.getString("type")).containsOnly("PilotStatsChanged");
      assertThat(reranked).extracting(body -> body.getJsonObject("stats").getString("pilotId"))
          .containsExactlyInAnyOrder(airlines.tenantAdmin.id(), airlines.pilot.id(), airlines.colleague.id());
      JsonObject demoted = reranked.stream().map(body -> body.getJsonObject("stats"))
          .filter(stats -> stats.getString("pilotId").equals(airlines.pilot.id())).findFirst().orElseThrow();
      assertThat(demoted.getJsonObject("rank").getString("name")).isEqualTo("Cadet");
      assertThat(demoted.getLong("flightMinutes")).isEqualTo(90);
      assertThat(client.frames("err")).isEmpty();
    } finally {
      client.close();
    }
  }
}

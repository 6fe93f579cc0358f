package dev.albatross.security;

import static dev.albatross.security.LiveAuthorizationMatrixTest.Live.HEARS;
import static dev.albatross.security.LiveAuthorizationMatrixTest.Live.REFUSED;
import static dev.albatross.security.TwoAirlines.Who;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Albatross;
import dev.albatross.live.LiveClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every live address of API.md, registered by each kind of caller: a caller the table lets in
 * gets no {@code err} frame and hears the next event of the address; any other gets an
 * {@code err} frame and hears nothing.
 */
@DisplayName("Authorisation matrix of the live bridge: every address x every kind of caller")
class LiveAuthorizationMatrixTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  enum Live { HEARS, REFUSED }

  // Columns: anonymous, pilot, tenant admin, platform admin, API key (of the pilot), revoked API key, suspended user.
  private static final Map<String, Live[]> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("tenant.<own>.pireps", row(REFUSED, HEARS, HEARS, HEARS, HEARS, REFUSED, REFUSED));
    EXPECTED.put("tenant.<other>.pireps", row(REFUSED, REFUSED, REFUSED, HEARS, REFUSED, REFUSED, REFUSED));
    EXPECTED.put("tenant.<own>.users", row(REFUSED, REFUSED, HEARS, HEARS, REFUSED, REFUSED, REFUSED));
    EXPECTED.put("tenant.<other>.users", row(REFUSED, REFUSED, REFUSED, HEARS, REFUSED, REFUSED, REFUSED));
    EXPECTED.put("tenant.<own>.flights", row(REFUSED, HEARS, HEARS, HEARS, HEARS, REFUSED, REFUSED));
    EXPECTED.put("tenant.<other>.flights", row(REFUSED, REFUSED, REFUSED, HEARS, REFUSED, REFUSED, REFUSED));
    EXPECTED.put("tenant.<own>.pilots", row(REFUSED, HEARS, HEARS, HEARS, HEARS, REFUSED, REFUSED));
    EXPECTED.put("tenant.<other>.pilots", row(REFUSED, REFUSED, REFUSED, HEARS, REFUSED, REFUSED, REFUSED));
    EXPECTED.put("platform.tenants", row(REFUSED, REFUSED, REFUSED, HEARS, REFUSED, REFUSED, REFUSED));
  }

  @Test
  @DisplayName("each caller may register exactly the addresses of the table, and hears only those")
  void addresses() throws Exception {
    TwoAirlines airlines = new TwoAirlines(app);
    Map<String, Map<Who, LiveClient>> clients = register(airlines);
    LiveClient.awaitQuiet(clients.values().stream().flatMap(m -> m.values().stream()).toList());

    airlines.caller(Who.TENANT_ADMIN).accept(airlines.caller(Who.PILOT).filePirep()).expect(200);
    app.newTenantAdmin(airlines.other).accept(airlines.otherPilot.filePirep()).expect(200);
    app.registerPilot(airlines.own);
    app.registerPilot(airlines.other);
    app.createTenant();
    airlines.flight(true);
    airlines.flight(false);

    awaitExpectedFrames(clients);
    LiveClient.awaitQuiet(clients.values().stream().flatMap(m -> m.values().stream()).toList());
    List<String> mismatches = new ArrayList<>();
    System.out.println("live columns: anonymous, pilot, tenant admin, platform admin, API key, revoked API key,"
        + " suspended");
    for (var entry : clients.entrySet()) {
      StringBuilder summary = new StringBuilder(String.format("live %-22s", entry.getKey()));
      for (Who who : Who.values()) {
        Live expected = EXPECTED.get(entry.getKey())[who.ordinal()];
        Live actual = outcome(entry.getValue().get(who), address(airlines, entry.getKey()));
        String shown = actual == null ? "neither" : actual == HEARS ? "hears" : "refused";
        summary.append(String.format(" %-7s%s", shown, actual == expected ? " " : "!"));
        if (actual != expected) {
          mismatches.add(who + " on " + entry.getKey() + ": expected " + expected + ", got " + actual);
        }
      }
      System.out.println(summary);
    }
    clients.values().forEach(m -> m.values().forEach(LiveClient::close));
    assertThat(mismatches).as("cells that differ from API.md").isEmpty();
  }

  private static Map<String, Map<Who, LiveClient>> register(TwoAirlines airlines) throws Exception {
    Map<String, Map<Who, LiveClient>> clients = new LinkedHashMap<>();
    for (String address : EXPECTED.keySet()) {
      Map<Who, LiveClient> byCaller = new EnumMap<>(Who.class);
      for (Who who : Who.values()) {
        LiveClient client = LiveClient.connect(app.vertx(), app.port());
        client.register(address(airlines, address), airlines.frameHeaders(who));
        byCaller.put(who, client);
      }
      clients.put(address, byCaller);
    }
    return clients;
  }

  /** Waits for the frame each client should get (up to a few seconds for those that never do). */
  private static void awaitExpectedFrames(Map<String, Map<Who, LiveClient>> clients) throws InterruptedException {
    for (var entry : clients.entrySet()) {
      for (Who who : Who.values()) {
        String type = EXPECTED.get(entry.getKey())[who.ordinal()] == HEARS ? "rec" : "err";
        try {
          entry.getValue().get(who).awaitFrame(type);
        } catch (AssertionError e) {
          // the cell's verdict says what did arrive
        }
      }
    }
  }

  /**
   * HEARS if the client got no {@code err} frame and a message of its address; REFUSED if it got
   * an {@code err} frame and no message. Anything else (an error and a message, or neither) is
   * neither, and fails the cell whatever the table says.
   */
  private static Live outcome(LiveClient client, String address) {
    boolean heard = client.frames("rec").stream().anyMatch(f -> address.equals(f.getString("address")));
    boolean refused = !client.frames("err").isEmpty();
    boolean heardOther = client.frames("rec").stream().anyMatch(f -> !address.equals(f.getString("address")));
    if (heard && !refused && !heardOther) {
      return HEARS;
    }
    if (refused && client.frames("rec").isEmpty()) {
      return REFUSED;
    }
    return null;
  }

  private static String address(TwoAirlines airlines, String pattern) {
    return pattern.replace("<own>", airlines.ownId()).replace("<other>", airlines.otherId());
  }

  private static Live[] row(Live... cells) {
    assertThat(cells).hasSize(Who.values().length);
    return cells;
  }
}

package dev.albatross.security;

import static dev.albatross.security.TwoAirlines.Who;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Albatross;
import dev.albatross.api.Caller;
import dev.albatross.api.Reply;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the published OpenAPI document, called validly by each kind of caller, on a
 * resource of the caller's own airline and of another: the status of each cell is written below
 * from API.md, not derived from the code. A new route without a row fails the suite.
 */
@DisplayName("Authorisation matrix: every operation x every kind of caller x own and other airline")
class AuthorizationMatrixTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  /** What an operation's path id (or, for registrations, the body's tenantId) names. */
  enum Target { NONE, TENANT, USER, API_KEY, PIREP, FLIGHT }

  private record Row(String operation, Target target, int[] own, int[] other) {}

  // Columns, in this order: anonymous, pilot, tenant admin, platform admin, API key (of the pilot), revoked API key,
  // suspended user (a pilot's token from before the suspension).
  // "own" is the callers' airline (for the platform admin, who has none, any airline); "other" is another airline.
  // For users, "own" is a colleague of the callers (not themself); for API keys, "own" is a key of the caller's user.
  private static final Map<String, Row> EXPECTED = table(
      any("POST /api/auth/login", 200, 200, 200, 200, 200, 200, 200),
      any("POST /api/auth/logout", 401, 204, 204, 204, 403, 401, 401),
      any("GET /api/me", 401, 200, 200, 200, 200, 401, 401),
      any("POST /api/me/password", 401, 204, 204, 204, 204, 401, 401),
      any("POST /api/tenants", 401, 403, 403, 201, 403, 401, 401),
      any("GET /api/tenants", 401, 200, 200, 200, 200, 401, 401),
      by(Target.TENANT, "GET /api/tenants/{id}",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.TENANT, "POST /api/users",
          own(401, 403, 201, 201, 403, 401, 401),
          other(401, 403, 403, 201, 403, 401, 401)),
      any("GET /api/users", 401, 403, 200, 200, 403, 401, 401),
      by(Target.USER, "GET /api/users/{id}",
          own(401, 404, 200, 200, 404, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.USER, "PATCH /api/users/{id}",
          own(401, 403, 200, 200, 403, 401, 401),
          other(401, 403, 404, 200, 403, 401, 401)),
      by(Target.USER, "POST /api/users/{id}/suspend",
          own(401, 403, 200, 200, 403, 401, 401),
          other(401, 403, 404, 200, 403, 401, 401)),
      by(Target.USER, "POST /api/users/{id}/reactivate",
          own(401, 403, 200, 200, 403, 401, 401),
          other(401, 403, 404, 200, 403, 401, 401)),
      any("POST /api/api-keys", 401, 201, 201, 201, 201, 401, 401),
      any("GET /api/api-keys", 401, 200, 200, 200, 200, 401, 401),
      by(Target.API_KEY, "DELETE /api/api-keys/{id}",
          own(401, 204, 204, 204, 204, 401, 401),
          other(401, 404, 404, 404, 404, 401, 401)),
      any("POST /api/pireps", 401, 201, 201, 403, 201, 401, 401),
      any("GET /api/pireps", 401, 200, 200, 200, 200, 401, 401),
      by(Target.PIREP, "GET /api/pireps/{id}",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.PIREP, "POST /api/pireps/{id}/accept",
          own(401, 403, 200, 403, 403, 401, 401),
          other(401, 403, 404, 403, 403, 401, 401)),
      by(Target.PIREP, "POST /api/pireps/{id}/reject",
          own(401, 403, 200, 403, 403, 401, 401),
          other(401, 403, 404, 403, 403, 401, 401)),
      by(Target.PIREP, "GET /api/pireps/{id}/history",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      // "own" flights are the pilot's (the API key acts as the pilot); only its pilot flies it, an admin of its
      // airline may cancel it, a platform admin sees every flight and flies none
      any("POST /api/flights", 401, 201, 201, 403, 201, 401, 401),
      any("GET /api/flights", 401, 200, 200, 200, 200, 401, 401),
      by(Target.FLIGHT, "GET /api/flights/{id}",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.FLIGHT, "GET /api/flights/{id}/track",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.FLIGHT, "POST /api/flights/{id}/positions",
          own(401, 202, 403, 403, 202, 401, 401),
          other(401, 404, 404, 403, 404, 401, 401)),
      by(Target.FLIGHT, "POST /api/flights/{id}/file",
          own(401, 201, 403, 403, 201, 401, 401),
          other(401, 404, 404, 403, 404, 401, 401)),
      by(Target.FLIGHT, "POST /api/flights/{id}/cancel",
          own(401, 200, 200, 403, 200, 401, 401),
          other(401, 404, 404, 403, 404, 401, 401)),
      by(Target.PIREP, "PATCH /api/pireps/{id}",
          own(401, 403, 200, 403, 403, 401, 401),
          other(401, 403, 404, 403, 403, 401, 401)),
      by(Target.USER, "GET /api/pilots/{id}/stats",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.TENANT, "GET /api/tenants/{id}/ranks",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      by(Target.TENANT, "PUT /api/tenants/{id}/ranks",
          own(401, 403, 200, 200, 403, 401, 401),
          other(401, 403, 404, 200, 403, 401, 401)),
      by(Target.TENANT, "GET /api/tenants/{id}/leaderboard",
          own(401, 200, 200, 200, 200, 401, 401),
          other(401, 404, 404, 200, 404, 401, 401)),
      any("GET /api/airports", 401, 200, 200, 200, 200, 401, 401),
      any("GET /api/airports/{icao}", 401, 200, 200, 200, 200, 401, 401),
      any("GET /health", 200, 200, 200, 200, 200, 200, 200),
      any("GET /metrics", 200, 200, 200, 200, 200, 200, 200),
      any("GET /api/openapi.json", 200, 200, 200, 200, 200, 200, 200));

  /** Operations that end the caller's sessions: each cell calls as a caller of its own ({@link TwoAirlines#fresh}). */
  private static final Set<String> ENDS_SESSIONS = Set.of("POST /api/auth/logout", "POST /api/me/password");

  private static TwoAirlines airlines;
  private static JsonObject ownPirep;
  private static JsonObject otherPirep;
  private static JsonObject ownFlight;
  private static JsonObject otherFlight;

  @BeforeAll
  static void cast() {
    airlines = new TwoAirlines(app);
    ownPirep = airlines.caller(Who.PILOT).filePirep();
    otherPirep = airlines.otherPilot.filePirep();
    ownFlight = airlines.flight(true);
    otherFlight = airlines.flight(false);
    app.awaitProjections();
    System.out.println("matrix columns: anonymous, pilot, tenant admin, platform admin, API key, revoked API key,"
        + " suspended; ! marks a cell that differs from API.md");
  }

  @Test
  @DisplayName("the table has a row for every operation of the OpenAPI document, and no other")
  void tableCoversTheDocument() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(documentedOperations());
  }

  @TestFactory
  @DisplayName("each operation answers each caller as the table says")
  Stream<DynamicTest> matrix() {
    return documentedOperations().stream().map(operation -> DynamicTest.dynamicTest(operation, () -> {
      Row row = EXPECTED.get(operation);
      assertThat(row).as("the matrix has no expectations for %s: add its row from API.md", operation).isNotNull();
      List<String> mismatches = new ArrayList<>();
      StringBuilder summary = new StringBuilder(String.format("%-30s", operation));
      for (boolean ownTarget : row.target() == Target.NONE ? List.of(true) : List.of(true, false)) {
        summary.append(row.target() == Target.NONE ? " any  " : ownTarget ? " own  " : " other");
        for (Who who : Who.values()) {
          int expected = (ownTarget ? row.own() : row.other())[who.ordinal()];
          Reply reply = call(row, who, ownTarget);
          summary.append(' ').append(reply.status()).append(reply.status() == expected ? " " : "!");
          if (reply.status() != expected) {
            mismatches.add(String.format("%s on %s: expected %d, got %d %s", who, ownTarget ? "own" : "other",
                expected, reply.status(), reply.body()));
          } else if (expected >= 400) {
            reply.expectProblem(expected);
          }
        }
      }
      System.out.println("matrix " + summary);
      assertThat(mismatches).as("cells of %s that differ from API.md", operation).isEmpty();
    }));
  }

  private static Reply call(Row row, Who who, boolean ownTarget) {
    String[] parts = row.operation().split(" ", 2);
    HttpMethod method = HttpMethod.valueOf(parts[0]);
    String path = parts[1].replace("{id}", row.target() == Target.NONE ? "" : targetId(row, who, ownTarget))
        .replace("{icao}", "EGLL") + airlines.validQuery(row.operation());
    JsonObject body = airlines.validBody(row.operation(), who, ownTarget);
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    if (body != null) {
      headers.add("Content-Type", "application/json");
    }
    Caller caller = ENDS_SESSIONS.contains(row.operation()) ? airlines.fresh(who) : airlines.caller(who);
    return Caller.await(caller.send(method, path, headers, body == null ? null : body.toBuffer()));
  }

  /** The id in the path; writes get a fresh resource each, so no cell depends on another. */
  private static String targetId(Row row, Who who, boolean ownTarget) {
    boolean write = !row.operation().startsWith("GET ");
    return switch (row.target()) {
      case TENANT -> ownTarget ? airlines.ownId() : airlines.otherId();
      case USER -> write ? airlines.userToChange(ownTarget, row.operation().endsWith("/reactivate"))
          : (ownTarget ? airlines.colleague : airlines.otherPilot.user()).getString("id");
      case API_KEY -> (ownTarget ? airlines.owner(who) : airlines.otherPilot).createApiKey("to revoke").getString("id");
      case PIREP -> (!write ? (ownTarget ? ownPirep : otherPirep)
          : (ownTarget ? airlines.caller(Who.PILOT) : airlines.otherPilot).filePirep()).getString("id");
      case FLIGHT -> (!write ? (ownTarget ? ownFlight : otherFlight) : airlines.flight(ownTarget)).getString("id");
      case NONE -> throw new IllegalArgumentException(row.operation());
    };
  }

  /** "METHOD /path" of every operation the document publishes. */
  static Set<String> documentedOperations() {
    JsonObject paths = openApi().getJsonObject("paths");
    Set<String> operations = new TreeSet<>();
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    return operations;
  }

  static JsonObject openApi() {
    try (InputStream in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream("openapi.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the table's notation ---

  private static Map<String, Row> table(Row... rows) {
    Map<String, Row> table = new LinkedHashMap<>();
    for (Row row : rows) {
      assertThat(table.put(row.operation(), row)).as("two rows for %s", row.operation()).isNull();
    }
    return table;
  }

  private static Row any(String operation, int... statuses) {
    return new Row(operation, Target.NONE, columns(statuses), columns(statuses));
  }

  private static Row by(Target target, String operation, int[] own, int[] other) {
    return new Row(operation, target, own, other);
  }

  private static int[] own(int... statuses) {
    return columns(statuses);
  }

  private static int[] other(int... statuses) {
    return columns(statuses);
  }

  private static int[] columns(int... statuses) {
    assertThat(statuses).as("one status per kind of caller").hasSize(Who.values().length);
    return statuses;
  }
}

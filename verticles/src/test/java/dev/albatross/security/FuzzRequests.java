package dev.albatross.security;

import static net.jqwik.api.Tuple.of;

import dev.albatross.security.TwoAirlines.Who;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile requests for every operation of the OpenAPI document (and for paths it
 * does not have): random or broken bodies, headers and path values, with good and bad credentials.
 */
final class FuzzRequests {
  /** The label of requests to paths outside the document. */
  static final String UNKNOWN_PATH = "ANY /unknown";

  record FuzzRequest(String operation, HttpMethod method, String uri, MultiMap headers, Buffer body) {
    @Override
    public String toString() {
      String shown = body == null ? "no body" : body.length() > 300 ? body.length() + " bytes" : body.toString();
      return method + " " + (uri.length() > 300 ? uri.substring(0, 300) + "..." : uri) + " " + headers.entries()
          + " " + shown;
    }
  }

  private static final List<String> FIELDS = List.of("email", "password", "currentPassword", "newPassword", "name",
      "icao", "displayName", "role", "tenantId", "flightNumber", "departure", "arrival", "aircraftType",
      "flightTimeMinutes", "blockOffAt", "blockOnAt", "fuelUsedKg", "distanceNm", "landingRateFpm", "route", "notes",
      "reason", "id", "status", "client", "positions", "seq", "lat", "lon", "at", "onGround", "items", "minHours",
      "month", "__proto__", "");
  private static final List<String> PATH_PIECES = List.of("..", ".", "%2e%2e", "%2E%2E%2F", "%2F", "%5C", "%00", "%ZZ",
      "%", "%e2%82", "%C0%AF", "%E2%9C%88", "%F0%9F%98%80", "%FF%FE", "a", "1", "-", "_", "~", ";", ",", "=", "+", "!",
      "$", "'", "(", ")", "*", "@", ":", "%20", "%25", "%3F", "%23", "/", "//", "\\", "api", "pireps", "null",
      "-1", "9999999999999999999", "00000000-0000-0000-0000-000000000000", "EGLL", "kjfk");
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/problem+json",
      "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded",
      "application/xml", "application/json; boundary=", "*/*", "");

  /** Operations that end the caller's sessions, or the user's whose id is in the path, when they succeed. */
  private static final Set<String> ENDING = Set.of("POST /api/auth/logout", "POST /api/me/password",
      "POST /api/users/{id}/suspend", "PATCH /api/users/{id}");

  private final List<String> operations;
  private final List<String> ids;
  private final TwoAirlines airlines;
  private final List<JsonObject> disposable;

  FuzzRequests(List<String> operations, List<String> ids, TwoAirlines airlines) {
    List<String> all = new ArrayList<>(operations);
    all.add(UNKNOWN_PATH);
    this.operations = List.copyOf(all);
    this.ids = List.copyOf(ids);
    this.airlines = airlines;
    this.disposable = airlines.disposableFrameHeaders();
  }

  /** Requests spread evenly over the operations (no edge case favours one); each operation's generator is built once. */
  Arbitrary<FuzzRequest> requests() {
    Map<String, Arbitrary<FuzzRequest>> byOperation = new HashMap<>();
    operations.forEach(operation -> byOperation.put(operation, requests(operation)));
    return Arbitraries.of(operations).withoutEdgeCases().flatMap(byOperation::get);
  }

  private Arbitrary<FuzzRequest> requests(String operation) {
    return Combinators.combine(method(operation), uri(operation), headers(operation), body(operation))
        .as((method, uri, headers, body) -> new FuzzRequest(operation, method, uri, headers, body));
  }

  private static Arbitrary<HttpMethod> method(String operation) {
    HttpMethod documented = HttpMethod.valueOf(operation.startsWith("ANY") ? "GET" : operation.split(" ")[0]);
    return Arbitraries.frequencyOf(of(9, Arbitraries.just(documented)), of(1, Arbitraries.of(HttpMethod.GET,
        HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.HEAD)));
  }

  private Arbitrary<String> uri(String operation) {
    Arbitrary<String> path = operation.equals(UNKNOWN_PATH)
        ? Combinators.combine(Arbitraries.of("/", "/api/"), pathValue().list().ofMinSize(1).ofMaxSize(4))
            .as((root, parts) -> root + String.join("/", parts))
        : pathValue(operation).map(value -> operation.split(" ")[1].replace("{id}", value).replace("{icao}", value));
    return Combinators.combine(path, query()).as((p, q) -> p + q);
  }

  private Arbitrary<String> pathValue() {
    return pathValue("");
  }

  /** A user the operation could suspend or demote is never one of the callers, whose credentials must keep working. */
  private Arbitrary<String> pathValue(String operation) {
    String caller = airlines.caller(Who.PILOT).id();
    List<String> known = ENDING.contains(operation) ? ids.stream().filter(id -> !id.equals(caller)).toList() : ids;
    return Arbitraries.frequencyOf(
        of(3, Arbitraries.of(known)),
        of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
        of(4, Arbitraries.of(PATH_PIECES).list().ofMinSize(1).ofMaxSize(10).map(pieces -> String.join("", pieces))),
        of(1, Arbitraries.strings().alpha().numeric().ofMaxLength(2000)),
        of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
            .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))));
  }

  private Arbitrary<String> query() {
    Arbitrary<String> parameter = Combinators.combine(
        Arbitraries.of("limit", "cursor", "status", "tenantId", "pilotId", "role", "q", "month", "x"),
        pathValue())
        .as((name, value) -> name + "=" + value);
    return Arbitraries.frequencyOf(of(3, Arbitraries.just("")),
        of(1, parameter.list().ofMinSize(1).ofMaxSize(4).map(list -> "?" + String.join("&", list))));
  }

  private Arbitrary<MultiMap> headers(String operation) {
    return Combinators.combine(credentials(operation), optional(contentType()), optional(headerValue()))
        .as((credentials, contentType, idempotencyKey) -> {
          MultiMap headers = MultiMap.caseInsensitiveMultiMap();
          credentials.forEach(e -> headers.add(e.getKey(), (String) e.getValue()));
          if (contentType != null) {
            headers.add("Content-Type", contentType);
          }
          if (idempotencyKey != null) {
            headers.add("Idempotency-Key", idempotencyKey);
          }
          return headers;
        });
  }

  /**
   * The credentials of every kind of caller, and forged, malformed or doubled ones; operations
   * that may end sessions get valid callers of their own ({@link TwoAirlines#disposableFrameHeaders}).
   */
  private Arbitrary<JsonObject> credentials(String operation) {
    boolean ending = ENDING.contains(operation);
    Arbitrary<JsonObject> valid = ending
        ? Arbitraries.of(disposable).map(JsonObject::copy)
        : Arbitraries.of(Who.PILOT, Who.TENANT_ADMIN, Who.PLATFORM_ADMIN, Who.API_KEY).map(airlines::frameHeaders);
    Arbitrary<JsonObject> real = ending
        ? Arbitraries.oneOf(valid, Arbitraries.of(Who.ANONYMOUS, Who.REVOKED_KEY, Who.SUSPENDED).map(airlines::frameHeaders))
        : Arbitraries.of(Who.values()).map(airlines::frameHeaders);
    return Arbitraries.frequencyOf(
        of(6, valid),
        of(2, real),
        of(1, headerValue().map(v -> new JsonObject().put("Authorization", "Bearer " + v))),
        of(1, headerValue().map(v -> new JsonObject().put("Authorization", v))),
        of(1, headerValue().map(v -> new JsonObject().put("X-API-Key", Secrets.API_KEY_PREFIX + v))),
        of(1, headerValue().map(v -> new JsonObject().put("X-API-Key", v))),
        of(1, Combinators.combine(real, real).as((a, b) -> a.copy().mergeIn(b))));
  }

  private static Arbitrary<String> contentType() {
    return Arbitraries.frequencyOf(of(6, Arbitraries.just("application/json")), of(3, Arbitraries.of(CONTENT_TYPES)),
        of(1, headerValue()));
  }

  /** What a client can put in a header: visible ASCII, spaces and Latin-1. */
  private static Arbitrary<String> headerValue() {
    return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff').ofMaxLength(200);
  }

  private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
    return Arbitraries.frequencyOf(of(1, Arbitraries.just(null)), of(3, value));
  }

  private Arbitrary<Buffer> body(String operation) {
    return Arbitraries.frequencyOf(
        of(2, Arbitraries.just(null)),
        of(4, json().map(v -> Buffer.buffer(encode(v)))),
        of(7, mutatedValidBody(operation)),
        of(1, Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.integers().between(1_000, 70_000))
            .as((field, n) -> Buffer.buffer(validBody(operation).put(field, "x".repeat(n)).encode()))),
        of(2, deepNesting()),
        of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000).map(Buffer::buffer)),
        of(1, Arbitraries.strings().all().ofMaxLength(500).map(Buffer::buffer)));
  }

  /** The operation's valid body with one field changed to a random value, or removed. */
  private Arbitrary<Buffer> mutatedValidBody(String operation) {
    return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.frequencyOf(of(1, Arbitraries.just("<removed>")),
        of(4, json()))).as((field, value) -> {
          JsonObject body = validBody(operation);
          if ("<removed>".equals(value)) {
            body.remove(field);
          } else {
            body.put(field, value);
          }
          return Buffer.buffer(body.encode());
        });
  }

  private JsonObject validBody(String operation) {
    JsonObject body = airlines.validBody(operation, Who.PILOT, true);
    return body == null ? new JsonObject() : body;
  }

  private static Arbitrary<Buffer> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 40_000), Arbitraries.of("[]", "{}", "\"\""))
        .as((depth, kind) -> switch (kind) {
          case "[]" -> Buffer.buffer("[".repeat(depth) + "]".repeat(depth));
          case "{}" -> Buffer.buffer("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
          default -> Buffer.buffer("{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        });
  }

  /** Any JSON value: scalars of every type (huge, negative, unicode) and nested arrays and objects. */
  private static Arbitrary<Object> json() {
    return Arbitraries.recursive(FuzzRequests::scalar, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(5).map(JsonArray::new),
        Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(10)), inner)
            .ofMaxSize(5).map(m -> new JsonObject((Map<String, Object>) (Map<String, ?>) m))), 0, 4);
  }

  private static Arbitrary<Object> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().alpha().numeric().ofMaxLength(20),
        Arbitraries.longs(),
        Arbitraries.doubles(),
        Arbitraries.bigDecimals().map(d -> d.scaleByPowerOfTen(400)),
        Arbitraries.of(true, false),
        Arbitraries.just(null),
        Arbitraries.of("2026-11-26T21:00:00Z", "PILOT", "PLATFORM_ADMIN", "EDDF", "B738", "0", "-1", ""));
  }

  private static String encode(Object value) {
    return value instanceof JsonObject o ? o.encode() : value instanceof JsonArray a ? a.encode()
        : new JsonArray().add(value).encode().replaceAll("^\\[|\\]$", "");
  }
}

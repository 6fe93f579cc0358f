package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** One HTTP answer, with the checks the API tests make on it; failures name the request and show the body. */
public record Reply(String request, int status, MultiMap headers, String body) {

  public JsonObject json() {
    return new JsonObject(body);
  }

  public JsonArray items() {
    return json().getJsonArray("items");
  }

  /** The ids of a list's items. */
  public List<String> ids() {
    return items().stream().map(item -> ((JsonObject) item).getString("id")).toList();
  }

  public String header(String name) {
    return headers.get(name);
  }

  /** Asserts the status, and returns the body as JSON. */
  public JsonObject expect(int expected) {
    assertThat(status).as("%s answered %s", request, body).isEqualTo(expected);
    return body == null || body.isEmpty() ? new JsonObject() : json();
  }

  /** Asserts an RFC 9457 problem with {@code expected} status, free of internals; returns it. */
  public JsonObject expectProblem(int expected) {
    assertThat(status).as("%s answered %s", request, body).isEqualTo(expected);
    assertThat(header("Content-Type")).as("content type of %s", request).startsWith("application/problem+json");
    assertThat(body).as("body of %s", request).doesNotContain("Exception", "at dev.albatross", "at io.vertx", "\tat ");
    JsonObject problem = json();
    assertThat(problem.getInteger("status")).isEqualTo(expected);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }

  /** Asserts a 400 whose {@code errors} name exactly these fields, each once. */
  public JsonObject expectInvalid(String... fields) {
    JsonObject problem = expectProblem(400);
    assertThat(errorFields()).as("error fields of %s: %s", request, body).containsExactlyInAnyOrder(fields);
    problem.getJsonArray("errors").forEach(e -> assertThat(((JsonObject) e).getString("message")).isNotBlank());
    return problem;
  }

  public List<String> errorFields() {
    JsonArray errors = json().getJsonArray("errors", new JsonArray());
    return errors.stream().map(e -> ((JsonObject) e).getString("field")).toList();
  }
}

package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The operations ("METHOD /path/{param}") a router serves and an OpenAPI document describes, to compare them. */
public final class OpenApiOperations {
  private OpenApiOperations() {}

  /** Each method and path the router serves, ignoring handlers that serve every path. */
  public static Set<String> routed(Router router) {
    Set<String> operations = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null || route.methods() == null || route.methods().isEmpty() || path.endsWith("*")) {
        continue;
      }
      String openApiPath = path.replaceAll(":([A-Za-z]+)", "{$1}");
      for (HttpMethod method : route.methods()) {
        operations.add(method.name() + " " + openApiPath);
      }
    }
    return operations;
  }

  /** Each operation of an OpenAPI 3 document. */
  public static Set<String> documented(JsonObject doc) {
    assertThat(doc.getString("openapi")).startsWith("3.");
    Set<String> operations = new TreeSet<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return operations;
  }

  /** The document the jar carries. */
  public static JsonObject bundled() {
    try (InputStream in = OpenApiOperations.class.getClassLoader().getResourceAsStream("openapi.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.albatross;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The container health check: exits 0 when this process's /health answers 200. */
public final class HealthProbe {
  private HealthProbe() {}

  public static void main(String[] args) throws Exception {
    String port = System.getenv().getOrDefault("ALBATROSS_HTTP_PORT", "8080");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(2)).build();
    HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
    System.exit(response.statusCode() == 200 ? 0 : 1);
  }
}

package dev.albatross.http;

import io.vertx.core.MultiMap;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which browser origins may open the live connection: the page's own origin, localhost, and the
 * configured allow-list. A client that sends no Origin (a script, an ACARS tool) is allowed:
 * credentials travel in frames, never in cookies.
 */
public final class OriginPolicy {
  private final List<String> allowed;

  public OriginPolicy(List<String> allowed) {
    this.allowed = allowed.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  public boolean allows(MultiMap headers) {
    String origin = headers.get("Origin");
    if (origin == null) {
      return true;
    }
    String normalized = origin.toLowerCase(Locale.ROOT);
    if (allowed.contains(normalized) || allowed.contains("*")) {
      return true;
    }
    try {
      URI uri = URI.create(normalized);
      String host = uri.getHost();
      if ("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host)) {
        return true;
      }
      String requestHost = headers.get("Host");
      return requestHost != null && uri.getAuthority() != null
          && uri.getAuthority().equals(requestHost.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package dev.albatross;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.albatross.adapter.Backoff;
import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.pg.archfixture.PgReachingIntoRedis;
import dev.albatross.adapter.redis.RedisConfig;
import dev.albatross.adapter.redis.archfixture.RedisUsingSharedBackoff;
import dev.albatross.app.Config;
import dev.albatross.http.PirepNearCache;
import dev.albatross.http.archfixture.RouteReachingIntoAdapter;
import dev.albatross.verticle.archfixture.VerticleReachingIntoHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTest} fails on a class that takes the dependency it forbids. */
@DisplayName("The architecture rules catch what they forbid")
class ArchitectureRulesTest {

  private static boolean violated(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return rule.evaluate(imported).hasViolation();
  }

  @Test
  @DisplayName("a route that uses an adapter")
  void httpReachingIntoAnAdapter() {
    assertThat(violated(ArchitectureTest.HTTP_REACHES_NO_ADAPTER, RouteReachingIntoAdapter.class, InMemoryCache.class))
        .isTrue();
    assertThat(violated(ArchitectureTest.HTTP_REACHES_NO_ADAPTER, PirepNearCache.class)).isFalse();
  }

  @Test
  @DisplayName("a verticle that uses a piece of the HTTP edge")
  void verticleReachingIntoHttp() {
    assertThat(violated(ArchitectureTest.VERTICLES_KNOW_NO_HTTP, VerticleReachingIntoHttp.class, PirepNearCache.class))
        .isTrue();
  }

  @Test
  @DisplayName("an adapter that uses another adapter, or the process's configuration")
  void adapterReachingIntoAnother() {
    Class<?>[] classes = {PgReachingIntoRedis.class, RedisConfig.class, Config.class};
    assertThat(violated(ArchitectureTest.ADAPTERS_ARE_INDEPENDENT, classes)).isTrue();
    assertThat(violated(ArchitectureTest.ADAPTERS_KNOW_NO_EDGE, classes)).isTrue();
  }

  @Test
  @DisplayName("an adapter may use what all adapters share")
  void adapterUsingSharedUtility() {
    Class<?>[] classes = {RedisUsingSharedBackoff.class, Backoff.class, RedisConfig.class};
    assertThat(violated(ArchitectureTest.ADAPTERS_ARE_INDEPENDENT, classes)).isFalse();
    assertThat(violated(ArchitectureTest.ADAPTERS_KNOW_NO_EDGE, classes)).isFalse();
  }
}

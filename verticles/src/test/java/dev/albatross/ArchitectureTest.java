package dev.albatross;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the whole process, as buckpal keeps it: the HTTP edge and the verticles
 * reach the outside world only through ports, and each adapter stands alone. Shared adapter
 * utilities sit in {@code dev.albatross.adapter} itself, outside every adapter's slice.
 * {@code ArchitectureRulesTest} shows that each rule catches the dependency it forbids.
 */
@AnalyzeClasses(packages = "dev.albatross",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
public class ArchitectureTest {

  /** Routes speak to ports; which adapter stands behind one is the wiring's business. */
  @ArchTest
  public static final ArchRule HTTP_REACHES_NO_ADAPTER = noClasses()
      .that().resideInAPackage("dev.albatross.http..")
      .should().dependOnClassesThat().resideInAPackage("dev.albatross.adapter..");

  /** Verticles run the pipeline; the HTTP edge is one of their users, not something they know. */
  @ArchTest
  public static final ArchRule VERTICLES_KNOW_NO_HTTP = noClasses()
      .that().resideInAPackage("dev.albatross.verticle..")
      .should().dependOnClassesThat().resideInAPackage("dev.albatross.http..");

  /** An adapter implements ports; it knows neither the edge, nor the verticles, nor the wiring. */
  @ArchTest
  public static final ArchRule ADAPTERS_KNOW_NO_EDGE = noClasses()
      .that().resideInAPackage("dev.albatross.adapter..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.albatross.http..", "dev.albatross.verticle..", "dev.albatross.app..", "dev.albatross.command..");

  /**
   * PostgreSQL, RabbitMQ, Redis, the journal: each adapter can be replaced without touching another.
   * Two are shared rather than replaced: the protobuf codec, the one wire form of every adapter that
   * stores or sends events, and the in-memory structures, which the journal fills at start.
   */
  @ArchTest
  public static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices()
      .matching("dev.albatross.adapter.(*)..")
      .should().notDependOnEachOther()
      .ignoreDependency(alwaysTrue(), resideInAnyPackage("dev.albatross.adapter.codec..", "dev.albatross.adapter.memory.."));

  /** The domain module's test jar (the port contracts) is test code too. */
  public static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }
}

package dev.albatross.domain;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/** The dependency rule: deciders are pure, and the domain knows neither adapters nor Vert.x web. */
@AnalyzeClasses(packages = "dev.albatross", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String MODEL = "dev.albatross.domain.model..";

  @ArchTest
  static final ArchRule model_depends_on_no_infrastructure_nor_application_layer = noClasses()
      .that().resideInAPackage(MODEL)
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.vertx..",
          "com.google.protobuf..",
          "dev.albatross.proto..",
          "dev.albatross.adapter..",
          "dev.albatross.domain.port..",
          "dev.albatross.domain.app..",
          "dev.albatross.domain.readmodel..");

  /** Time and ids arrive with the command: a decider that reads a clock or draws a number cannot be replayed. */
  @ArchTest
  static final ArchRule model_reads_no_clock = noClasses()
      .that().resideInAPackage(MODEL)
      .should().callMethodWhere(target(owner(resideInAPackage("java.time"))).and(target(name("now"))))
      .orShould().callMethodWhere(target(owner(assignableTo(System.class)))
          .and(target(nameMatching("currentTimeMillis|nanoTime"))))
      .orShould().dependOnClassesThat().areAssignableTo(Clock.class);

  @ArchTest
  static final ArchRule model_draws_no_random_number = noClasses()
      .that().resideInAPackage(MODEL)
      .should().callMethod(UUID.class, "randomUUID")
      .orShould().dependOnClassesThat().areAssignableTo(Random.class)
      .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class);

  @ArchTest
  static final ArchRule domain_knows_no_adapter_nor_vertx_web = noClasses()
      .that().resideInAPackage("dev.albatross.domain..")
      .should().dependOnClassesThat().resideInAnyPackage("io.vertx.ext..", "dev.albatross.adapter..");
}

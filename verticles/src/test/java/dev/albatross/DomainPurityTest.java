package dev.albatross;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain speaks its own types: wire formats (protobuf, the API's JSON) live in the adapters
 * and at the HTTP edge. Checked here, where the adapters are on the classpath too.
 */
@AnalyzeClasses(packages = "dev.albatross", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

  @ArchTest
  static final ArchRule domain_knows_no_wire_format = noClasses()
      .that().resideInAPackage("dev.albatross.domain..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "io.vertx.core.json..",
          "com.google.protobuf..",
          "dev.albatross.proto..");
}

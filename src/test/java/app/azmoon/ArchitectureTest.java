package app.azmoon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.azmoon");
  }

  @Test
  void the_domain_and_engine_use_no_terminal_cli_json_or_file_system() {
    noClasses()
        .that()
        .resideInAnyPackage("app.azmoon.domain..", "app.azmoon.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jline..", "picocli..", "com.google.gson..", "java.nio.file..")
        .check(classes);
  }

  @Test
  void the_domain_knows_nothing_of_the_layers_above_it() {
    noClasses()
        .that()
        .resideInAPackage("app.azmoon.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "app.azmoon.cli..",
            "app.azmoon.store..",
            "app.azmoon.engine..",
            "app.azmoon.tui..",
            "app.azmoon.script..")
        .check(classes);
  }

  @Test
  void converters_are_text_in_text_out_with_no_files_json_or_terminal() {
    // java.io's in-memory readers (a StringReader under the XML parser) are text, not files.
    noClasses()
        .that()
        .resideInAPackage("app.azmoon.formats..")
        .should()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.nio.file..",
            "java.nio.channels..",
            "org.jline..",
            "picocli..",
            "com.google.gson..",
            "app.azmoon.cli..",
            "app.azmoon.store..",
            "app.azmoon.engine..",
            "app.azmoon.i18n..",
            "app.azmoon.tui..",
            "app.azmoon.script..")
        .check(classes);
  }

  @Test
  void only_the_store_uses_gson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("app.azmoon.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.google.gson..")
        .check(classes);
  }

  @Test
  void exit_codes_and_picocli_live_in_cli_only() {
    noClasses()
        .that()
        .resideOutsideOfPackages("app.azmoon.cli..", "app.azmoon")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("ExitCode")
        .check(classes);
  }

  @Test
  void the_two_front_ends_stay_apart() {
    noClasses()
        .that()
        .resideInAPackage("app.azmoon.tui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("app.azmoon.script..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("app.azmoon.script..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("app.azmoon.tui..")
        .allowEmptyShould(true)
        .check(classes);
  }
}

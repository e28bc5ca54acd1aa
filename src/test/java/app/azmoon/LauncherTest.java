package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real {@code ./azmoon} script against a stand-in {@code java}, so that argument, stdin
 * and exit-code pass-through and its error lines are checked without building anything.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path project;
  private Path tools;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void layOutAProjectWithAFreshJar() throws IOException {
    project = dir.resolve("project");
    Files.createDirectories(project.resolve("src/main"));
    Files.createDirectories(project.resolve("questions"));
    Files.createDirectories(project.resolve("target"));
    Files.copy(Path.of("azmoon"), project.resolve("azmoon"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Instant old = Instant.now().minusSeconds(3600);
    for (String p : List.of("pom.xml", "src/main", "questions")) {
      Files.setLastModifiedTime(project.resolve(p), FileTime.from(old));
    }
    Path jar = Files.writeString(project.resolve("target/azmoon.jar"), "not really a jar");
    Files.setLastModifiedTime(jar, FileTime.from(old.plusSeconds(60)));
    // Only the tools the script needs, so that no real java or mvn is found by accident.
    tools = dir.resolve("tools");
    Files.createDirectories(tools);
    for (String tool : List.of("sh", "dirname", "sed", "head", "cut", "find", "cat")) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(
          tools.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
    }
  }

  private Path fakeJava(String version) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then echo 'openjdk version \""
            + version
            + "\" 2025-04-15' >&2; exit 0; fi\n"
            + "echo \"locale:${LC_ALL:-}\"\n"
            + "for a in \"$@\"; do echo \"arg:$a\"; done\n"
            + "cat\n"
            + "exit 42\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir.resolve("jdk");
  }

  private Run launch(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new java.util.ArrayList<>(List.of("/bin/sh", project.resolve("azmoon").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", tools.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  @Test
  void arguments_stdin_and_exit_code_pass_through_from_any_folder() throws Exception {
    Path jdk = fakeJava("17.0.15");
    Run r =
        launch(
            Map.of("JAVA_HOME", jdk.toString(), "AZMOON_JAVA_OPTS", "-Xmx64m -Dx=1"),
            "سلام\n",
            "list",
            "two words",
            "");
    assertThat(r.code()).isEqualTo(42);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines())
        .containsSubsequence(
            "arg:-Xmx64m",
            "arg:-Dx=1",
            "arg:-jar",
            "arg:" + project.toRealPath().resolve("target/azmoon.jar"),
            "arg:list",
            "arg:two words",
            "arg:",
            "سلام");
  }

  @Test
  void java_runs_in_utf8_even_under_a_c_locale_so_persian_file_names_work() throws Exception {
    Path jdk = fakeJava("17.0.15");
    assertThat(launch(Map.of("JAVA_HOME", jdk.toString(), "LANG", "C"), "").out())
        .startsWith("locale:C.UTF-8\n");
    assertThat(launch(Map.of("JAVA_HOME", jdk.toString(), "LANG", "fa_IR.UTF-8"), "").out())
        .startsWith("locale:\n");
  }

  @Test
  void a_java_older_than_17_gets_one_clear_line() throws Exception {
    Run r = launch(Map.of("JAVA_HOME", fakeJava("11.0.2").toString()), "");
    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err())
        .endsWith("is Java 11.0.2: Azmoon needs Java 17 or newer (set JAVA_HOME).\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void a_java_home_without_java_is_named_not_ignored() throws Exception {
    Run r = launch(Map.of("JAVA_HOME", dir.resolve("nowhere").toString()), "");
    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err()).contains("JAVA_HOME is ").contains("which has no bin/java");
  }

  @Test
  void no_java_at_all_gets_one_clear_line() throws Exception {
    Run r = launch(Map.of(), "");
    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err())
        .isEqualTo("azmoon: no Java found: install a JDK 17 or newer, or set JAVA_HOME to one.\n");
  }

  @Test
  void a_failed_build_shows_the_end_of_its_log_and_exits_74() throws Exception {
    Path jdk = fakeJava("21");
    Path mvn = tools.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho 'COMPILATION ERROR: boom'\nexit 1\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String tool : List.of("mkdir", "tail")) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(
          tools.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
    }
    Files.writeString(project.resolve("src/main/New.java"), "class New {}");
    Run r = launch(Map.of("JAVA_HOME", jdk.toString()), "");
    assertThat(r.code()).isEqualTo(74);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("COMPILATION ERROR: boom", "azmoon: the build failed (full log: ");
  }

  @Test
  void a_stale_jar_without_maven_gets_one_clear_line() throws Exception {
    Path jdk = fakeJava("21");
    Files.writeString(project.resolve("src/main/New.java"), "class New {}");
    Run r = launch(Map.of("JAVA_HOME", jdk.toString()), "");
    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err())
        .isEqualTo("azmoon: the jar needs building and Maven (mvn 3.8+) is not on PATH.\n");
  }
}

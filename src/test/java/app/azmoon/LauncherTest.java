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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    Files.createDirectories(project.resolve("questions/sources"));
    Files.createDirectories(project.resolve("target"));
    Files.copy(Path.of("azmoon"), project.resolve("azmoon"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve(BUNDLED_BANK), "{}");
    Files.writeString(project.resolve(BUNDLED_SOURCE), "متن");
    Instant old = Instant.now().minusSeconds(3600);
    for (String p :
        List.of(
            "pom.xml",
            "src/main",
            BUNDLED_BANK,
            BUNDLED_SOURCE,
            "questions/sources",
            "questions")) {
      Files.setLastModifiedTime(project.resolve(p), FileTime.from(old));
    }
    Path jar = Files.writeString(project.resolve("target/azmoon.jar"), "not really a jar");
    Files.setLastModifiedTime(jar, FileTime.from(old.plusSeconds(60)));
    // Only the tools the script needs, so that no real java or mvn is found by accident.
    tools = dir.resolve("tools");
    Files.createDirectories(tools);
    addTools("sh", "dirname", "sed", "head", "find", "cat", "readlink", "ls", "mv", "rm");
  }

  private static final String BUNDLED_BANK = "questions/korean-war.fa.json";
  private static final String BUNDLED_SOURCE = "questions/sources/korean-war.fa.txt";

  private void addTools(String... names) throws IOException {
    for (String tool : names) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(
          tools.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
    }
  }

  /**
   * A stand-in Maven that notes in {@code builds} where it ran, and leaves a fresh jar as a real
   * build does.
   */
  private void fakeMaven() throws IOException {
    addTools("mkdir", "tail", "touch");
    Path mvn = tools.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\necho \"mvn $* in $(pwd -P)\" >> '"
            + dir.resolve("builds")
            + "'\ntouch target/azmoon.jar\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The stand-in Java and Maven, ready to run the launcher with. */
  private Map<String, String> javaAndMaven() throws IOException {
    fakeMaven();
    return Map.of("JAVA_HOME", fakeJava("21").toString());
  }

  private Path write(String file, String text) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private List<String> builds() throws IOException {
    Path log = dir.resolve("builds");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private Path fakeJava(String version) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then echo run >> '"
            + dir.resolve("version-runs")
            + "'; echo 'openjdk version \""
            + version
            + "\" 2025-04-15' >&2; exit 0; fi\n"
            // As -Xshare:dump does, writes the archive it is asked for, and notes that it did.
            + "case \"$*\" in *-Xshare:dump*) for a; do case $a in -XX:SharedArchiveFile=*)"
            + " echo \"dump $*\" >> '"
            + dir.resolve("dumps")
            + "'; echo archive > \"${a#*=}\";; esac; done; exit 0;; esac\n"
            + "echo \"locale:${LC_ALL:-}\"\n"
            + "for a in \"$@\"; do echo \"arg:$a\"; done\n"
            + "cat\n"
            + "exit 42\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir.resolve("jdk");
  }

  private Run launch(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    return launchAs(project.resolve("azmoon"), env, stdin, args);
  }

  /** Runs the script as {@code sh PATH}, which is what the kernel does for {@code PATH} itself. */
  private Run launchAs(Path script, Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
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
  void each_command_gets_the_compilers_and_collector_that_pay_for_it() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", fakeJava("17.0.15").toString());
    for (String command :
        List.of("validate", "grade", "cards", "stats", "import", "export", "derive")) {
      List<String> args = launch(env, "", command).out().lines().toList();
      assertThat(args)
          .as(command)
          .contains("arg:-XX:+UseSerialGC")
          .doesNotContain("arg:-XX:+UseG1GC");
      assertThat(args.contains("arg:-XX:TieredStopAtLevel=1"))
          .as(command)
          .isEqualTo(!command.equals("validate"));
    }
    for (String command : List.of("", "play", "check", "list", "review", "--version", "drill")) {
      assertThat(launch(env, "", command).out().lines())
          .as(command)
          .contains("arg:-XX:+UseG1GC", "arg:-XX:TieredStopAtLevel=1")
          .doesNotContain("arg:-XX:+UseSerialGC");
    }
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
    addTools("mkdir", "tail");
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

  @Test
  void the_first_build_says_what_it_does_and_how_long_and_the_next_run_starts_at_once()
      throws Exception {
    Map<String, String> env = javaAndMaven();
    Files.delete(project.resolve("target/azmoon.jar"));
    Run first = launch(env, "");
    assertThat(first.err())
        .isEqualTo(
            "azmoon: building Azmoon for the first time (mvn package): about a minute, as Maven"
                + " may first download what it needs. Later runs start at once.\n");
    assertThat(first.out()).doesNotContain("mvn");
    assertThat(builds()).hasSize(1);

    Run second = launch(env, "");
    assertThat(second.err()).isEmpty();
    assertThat(second.code()).isEqualTo(42);
    assertThat(builds()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        BUNDLED_BANK,
        BUNDLED_SOURCE,
        "pom.xml",
        "src/main/java/app/azmoon/New.java",
        "src/main/resources/app/azmoon/messages_fa.properties"
      })
  void what_the_jar_is_built_from_rebuilds_it_once_naming_the_change(String file) throws Exception {
    Map<String, String> env = javaAndMaven();
    Path changed = write(file, "changed");
    // Newer than the jar, and still older than the jar the build leaves, however coarse the clock.
    Files.setLastModifiedTime(changed, FileTime.from(Instant.now().minusSeconds(60)));

    Run r = launch(env, "");
    assertThat(r.err())
        .isEqualTo(
            "azmoon: "
                + file
                + " changed since the last build: rebuilding (mvn package, 10 to 30 seconds)…\n");
    assertThat(builds()).hasSize(1);
    assertThat(launch(env, "").err()).isEmpty();
    assertThat(builds()).hasSize(1);
  }

  @Test
  void a_source_file_deleted_rebuilds_naming_its_folder() throws Exception {
    Map<String, String> env = javaAndMaven();
    Path old = write("src/main/Old.java", "class Old {}");
    FileTime before = Files.getLastModifiedTime(project.resolve("target/azmoon.jar"));
    Files.setLastModifiedTime(old, before);
    Files.setLastModifiedTime(project.resolve("src/main"), before);
    assertThat(launch(env, "").err()).isEmpty();
    Files.delete(old);
    assertThat(launch(env, "").err()).contains("azmoon: src/main changed since the last build");
    assertThat(builds()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "questions/my-first-bank.fa.json",
        "questions/korean-war.en.json",
        "questions/sources/my-notes.txt",
        "questions/week3/korean-war.fa.json"
      })
  void a_bank_of_ones_own_in_questions_new_or_edited_never_builds(String file) throws Exception {
    Map<String, String> env = javaAndMaven();
    Path bank = write(file, "{\"format\": \"azmoon/bank@1\"}");
    Run added = launch(env, "");
    Files.writeString(bank, "{\"format\": \"azmoon/bank@1\", \"id\": \"edited\"}");
    Run edited = launch(env, "");

    assertThat(builds()).isEmpty();
    for (Run r : List.of(added, edited)) {
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isEqualTo(42);
    }
  }

  /**
   * {@code ln -s ~/src/azmoon/azmoon ~/bin/azmoon} and its variations: the launcher must find the
   * real project folder behind any chain of links, absolute or relative, with or without a {@code
   * readlink} command, and build and run there, never beside the link.
   */
  @ParameterizedTest(name = "{0}, readlink present: {1}")
  @CsvSource({
    "one absolute link, true",
    "one absolute link, false",
    "a relative link to an absolute one, true",
    "a relative link to an absolute one, false",
    "relative links through a linked folder, true",
    "relative links through a linked folder, false"
  })
  void a_linked_launcher_builds_and_runs_in_the_real_project(String how, boolean readlink)
      throws Exception {
    Map<String, String> env = javaAndMaven();
    if (!readlink) {
      Files.delete(tools.resolve("readlink"));
    }
    Files.delete(project.resolve("target/azmoon.jar"));
    Path bin = Files.createDirectories(dir.resolve("home/bin"));
    Path links = Files.createDirectories(dir.resolve("links"));
    Path launcher = bin.resolve("azmoon");
    switch (how) {
      case "one absolute link" ->
          Files.createSymbolicLink(launcher, project.resolve("azmoon").toAbsolutePath());
      case "a relative link to an absolute one" -> {
        Files.createSymbolicLink(links.resolve("az"), project.resolve("azmoon").toAbsolutePath());
        Files.createSymbolicLink(launcher, Path.of("../../links/az"));
      }
      default -> {
        // bin is reached through a link to a folder at another depth: "../../../links/az" is
        // right from the real folder only, as the kernel reads it.
        Path realBin = Files.createDirectories(dir.resolve("deep/er/bin"));
        Path linkedBin = Files.createSymbolicLink(dir.resolve("bin"), realBin);
        Files.createSymbolicLink(links.resolve("az"), Path.of("../project/azmoon"));
        Files.createSymbolicLink(realBin.resolve("azmoon"), Path.of("../../../links/az"));
        launcher = linkedBin.resolve("azmoon");
      }
    }

    Run r = launchAs(launcher, env, "", "banks");
    Path real = project.toRealPath();
    assertThat(r.err()).startsWith("azmoon: building Azmoon for the first time");
    assertThat(builds()).containsExactly("mvn -q -B -DskipTests package in " + real);
    assertThat(r.code()).isEqualTo(42);
    assertThat(r.out().lines())
        .containsSubsequence("arg:-jar", "arg:" + real.resolve("target/azmoon.jar"), "arg:banks");
    assertThat(launcher.resolveSibling("target")).doesNotExist();
    assertThat(links.resolve("target")).doesNotExist();
  }

  /** A stand-in JDK whose release file names {@code version}, as every JDK's does. */
  private Path fakeJdkWithRelease(String javaSays, String releaseSays) throws IOException {
    Path jdk = fakeJava(javaSays);
    Files.writeString(
        jdk.resolve("release"),
        "IMPLEMENTOR=\"Someone\"\nJAVA_RUNTIME_VERSION=\""
            + releaseSays
            + "+7\"\nJAVA_VERSION=\""
            + releaseSays
            + "\"\n");
    return jdk;
  }

  private int versionRuns() throws IOException {
    Path log = dir.resolve("version-runs");
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  @Test
  void the_version_is_read_from_the_jdks_release_file_without_starting_a_second_jvm()
      throws Exception {
    Path jdk = fakeJdkWithRelease("11.0.2", "21.0.5");
    Run r = launch(Map.of("JAVA_HOME", jdk.toString()), "", "--version");
    assertThat(r.code()).isEqualTo(42);
    assertThat(r.out().lines()).contains("arg:--version");
    assertThat(versionRuns()).isZero();

    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Run old = launch(Map.of("JAVA_HOME", jdk.toString()), "");
    assertThat(old.code()).isEqualTo(127);
    assertThat(old.err())
        .endsWith("is Java 11.0.2: Azmoon needs Java 17 or newer (set JAVA_HOME).\n");
    assertThat(versionRuns()).isZero();
  }

  @ParameterizedTest(name = "readlink present: {0}")
  @ValueSource(booleans = {true, false})
  void a_java_on_the_path_is_followed_through_its_links_to_the_release_file(boolean readlink)
      throws Exception {
    if (!readlink) {
      Files.delete(tools.resolve("readlink"));
    }
    Path jdk = fakeJdkWithRelease("21", "1.8.0_392");
    // /usr/bin/java -> /etc/alternatives/java -> the JDK's bin/java, as Debian lays it out.
    Path alternatives = Files.createDirectories(dir.resolve("etc/alternatives"));
    Files.createSymbolicLink(alternatives.resolve("java"), jdk.resolve("bin/java"));
    Files.createSymbolicLink(tools.resolve("java"), Path.of("../etc/alternatives/java"));
    Run r = launch(Map.of(), "");
    assertThat(r.code()).isEqualTo(127);
    assertThat(r.err())
        .endsWith("is Java 1.8.0_392: Azmoon needs Java 17 or newer (set JAVA_HOME).\n");
    assertThat(versionRuns()).isZero();
  }

  @Test
  void a_jdk_without_a_release_file_is_asked_for_its_version_once() throws Exception {
    Run r = launch(Map.of("JAVA_HOME", fakeJava("17.0.15").toString()), "");
    assertThat(r.code()).isEqualTo(42);
    assertThat(versionRuns()).isEqualTo(1);
  }

  /**
   * Once a run has found the jar fresh, the launcher keeps the list of what the jar is built from,
   * and later runs compare those files with the jar in the shell: no {@code find} at all, yet an
   * edit deep in src/main, a new file and a deleted one are still seen.
   */
  @Test
  void with_the_list_of_inputs_kept_no_directory_walk_runs_and_every_change_is_still_seen()
      throws Exception {
    Map<String, String> env = javaAndMaven();
    Path deep = write("src/main/java/app/azmoon/cli/Deep.java", "class Deep {}");
    Path other = write("src/main/java/app/azmoon/Other.java", "class Other {}");
    FileTime old = Files.getLastModifiedTime(project.resolve("pom.xml"));
    for (String folder :
        List.of("src/main/java/app/azmoon/cli", "src/main/java/app/azmoon", "src/main/java/app")) {
      Files.setLastModifiedTime(project.resolve(folder), old);
    }
    Files.setLastModifiedTime(project.resolve("src/main/java"), old);
    Files.setLastModifiedTime(project.resolve("src/main"), old);
    Files.setLastModifiedTime(deep, old);
    Files.setLastModifiedTime(other, old);
    assertThat(launch(env, "").err()).isEmpty();
    assertThat(project.resolve("target/azmoon.inputs.sh")).exists();

    Files.delete(tools.resolve("find"));
    assertThat(launch(env, "").code()).isEqualTo(42);

    FileTime justBefore = FileTime.from(Instant.now().minusSeconds(30));
    Files.writeString(deep, "class Deep { int edited; }");
    Files.setLastModifiedTime(deep, justBefore);
    assertThat(launch(env, "").err())
        .isEqualTo(
            "azmoon: src/main/java/app/azmoon/cli/Deep.java changed since the last build:"
                + " rebuilding (mvn package, 10 to 30 seconds)…\n");
    assertThat(launch(env, "").err()).isEmpty();
    assertThat(builds()).hasSize(1);

    // The list is shell code the launcher reads: a name with quotes, $ and backquotes is only a
    // name. (Listed at the next taking of the list, when find is back.)
    Path odd = write("src/main/resources/it's $HOME `id` \"x\".txt", "متن");
    Files.setLastModifiedTime(odd, old);
    Files.setLastModifiedTime(odd.getParent(), old);
    addTools("find");
    write("target/azmoon.jar", "rebuilt");
    assertThat(launch(env, "").err()).isEmpty();
    Files.delete(tools.resolve("find"));
    Files.setLastModifiedTime(odd, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(launch(env, "").err())
        .isEqualTo(
            "azmoon: src/main/resources/it's $HOME `id` \"x\".txt changed since the last build:"
                + " rebuilding (mvn package, 10 to 30 seconds)…\n");
    assertThat(builds()).hasSize(2);
    Files.setLastModifiedTime(odd, old);
    assertThat(launch(env, "").err()).isEmpty();

    // The jar the stand-in Maven left is newer than the list, so the list is taken again (find is
    // back for that); then a deleted file shows as its folder.
    addTools("find");
    assertThat(launch(env, "").err()).isEmpty();
    Files.delete(tools.resolve("find"));
    Path folder = other.getParent();
    Files.delete(other);
    Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
    assertThat(launch(env, "").err())
        .startsWith("azmoon: src/main/java/app/azmoon changed since the last build");
    assertThat(builds()).hasSize(3);
  }

  @Test
  void a_list_that_cannot_be_taken_is_never_trusted() throws Exception {
    Map<String, String> env = javaAndMaven();
    Files.delete(tools.resolve("find"));
    assertThat(launch(env, "").code()).isEqualTo(42);
    assertThat(project.resolve("target/azmoon.inputs.sh")).doesNotExist();
  }

  private List<String> javaArguments(Run r) {
    return r.out().lines().filter(l -> l.startsWith("arg:")).toList();
  }

  /**
   * The archive each Java gets: an AppCDS archive (with {@code -Xshare:auto}) before Java 24, an
   * AOT cache from 24 on (which the JVM refuses beside any {@code -Xshare} option).
   */
  record Kind(String release, String file, String option, boolean xshare, boolean linked) {
    static Kind of(String release) {
      return Integer.parseInt(release.split("\\.")[0]) >= 24
          ? new Kind(release, "azmoon.aot", "-XX:AOTCache=", false, true)
          : new Kind(release, "azmoon.jsa", "-XX:SharedArchiveFile=", true, false);
    }
  }

  @ParameterizedTest(name = "Java {0}")
  @ValueSource(strings = {"17.0.15", "21.0.5", "23.0.2", "24.0.1", "25.0.3"})
  void the_class_data_archive_is_used_only_while_newer_than_the_jar_and_made_by_this_java_and_jar(
      String release) throws Exception {
    Kind kind = Kind.of(release);
    Path jdk = fakeJdkWithRelease(release, release);
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
    Path archive = Files.writeString(project.resolve("target/" + kind.file()), "archive");
    Path madeBy = project.resolve("target/" + kind.file() + ".java");
    String jar = project.toRealPath().resolve("target/azmoon.jar").toString();
    String java = jdk.resolve("bin/java").toString();
    Files.writeString(madeBy, "java=" + java + " build=" + release + "+7 jar=" + jar + "\n");
    String option = "arg:" + kind.option() + project.toRealPath().resolve("target/" + kind.file());

    List<String> used = javaArguments(launch(env, ""));
    assertThat(used).contains(option);
    if (kind.xshare()) {
      assertThat(used).contains("arg:-Xshare:auto");
    } else {
      assertThat(used).noneMatch(a -> a.startsWith("arg:-Xshare"));
    }

    Files.writeString(madeBy, "java=" + java + " build=" + release + "+6 jar=" + jar + "\n");
    assertThat(javaArguments(launch(env, ""))).doesNotContain(option);

    // A project moved or copied elsewhere: the archive names the old jar's path, which would turn
    // sharing off (and make Java 24+ complain on every run).
    Files.writeString(
        madeBy, "java=" + java + " build=" + release + "+7 jar=/elsewhere/target/azmoon.jar\n");
    assertThat(javaArguments(launch(env, ""))).doesNotContain(option);

    Files.writeString(madeBy, "java=" + java + " build=" + release + "+7 jar=" + jar + "\n");
    assertThat(javaArguments(launch(env, ""))).contains(option);
    FileTime old = Files.getLastModifiedTime(project.resolve("target/azmoon.jar"));
    Files.setLastModifiedTime(archive, FileTime.from(old.toInstant().minusSeconds(1)));
    assertThat(javaArguments(launch(env, ""))).doesNotContain(option);
  }

  /** Java 24+ will not start with an AOT cache beside -Xshare: the user's own option wins. */
  @ParameterizedTest(name = "AZMOON_JAVA_OPTS={0}")
  @ValueSource(strings = {"-Xshare:off", "-Xmx64m -XX:SharedArchiveFile=/x.jsa", "-XX:AOTMode=off"})
  void on_java_24_the_users_own_sharing_options_replace_the_aot_cache(String opts)
      throws Exception {
    Path jdk = fakeJdkWithRelease("25.0.3", "25.0.3");
    String jar = project.toRealPath().resolve("target/azmoon.jar").toString();
    Files.writeString(project.resolve("target/azmoon.aot"), "archive");
    Files.writeString(
        project.resolve("target/azmoon.aot.java"),
        "java=" + jdk.resolve("bin/java") + " build=25.0.3+7 jar=" + jar + "\n");
    String option = "arg:-XX:AOTCache=" + project.toRealPath().resolve("target/azmoon.aot");
    assertThat(javaArguments(launch(Map.of("JAVA_HOME", jdk.toString()), ""))).contains(option);

    List<String> used =
        javaArguments(launch(Map.of("JAVA_HOME", jdk.toString(), "AZMOON_JAVA_OPTS", opts), ""));
    assertThat(used).noneMatch(a -> a.startsWith("arg:-XX:AOTCache"));
    assertThat(used).contains("arg:" + opts.substring(opts.lastIndexOf(' ') + 1));
  }

  /**
   * With a real JDK (one with a module image) and no archive for this jar and Java, the launcher
   * trains one in the background, once, and the next run uses it: from Java 24 on an AOT cache, its
   * classes linked ahead of time.
   */
  @ParameterizedTest(name = "Java {0}")
  @ValueSource(strings = {"21.0.5", "25.0.3"})
  void a_missing_archive_is_made_once_in_the_background_and_used_from_then_on(String release)
      throws Exception {
    Kind kind = Kind.of(release);
    addTools("mkdir", "awk");
    Path jdk = fakeJdkWithRelease(release, release);
    Files.createDirectories(jdk.resolve("lib"));
    Files.writeString(jdk.resolve("lib/modules"), "");
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
    Path archive = project.resolve("target/" + kind.file());

    Run first = launch(env, "");
    assertThat(first.code()).isEqualTo(42);
    assertThat(first.err()).isEmpty();
    assertThat(javaArguments(first)).noneMatch(a -> a.startsWith("arg:" + kind.option()));
    Instant deadline = Instant.now().plusSeconds(60);
    while ((!Files.exists(archive)
            || Files.exists(project.resolve("target/" + kind.file() + ".lock")))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(archive).exists();

    Run second = launch(env, "");
    assertThat(javaArguments(second))
        .contains("arg:" + kind.option() + project.toRealPath().resolve("target/" + kind.file()));
    List<String> dumps = Files.readAllLines(dir.resolve("dumps"));
    assertThat(dumps).hasSize(1);
    assertThat(dumps.get(0).contains("-XX:+AOTClassLinking")).isEqualTo(kind.linked());
  }

  @Test
  void jlines_native_library_is_loaded_from_target_while_newer_than_the_jar() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", fakeJava("21").toString());
    Path nativ = Files.createDirectories(project.resolve("target/native/org/jline/nativ"));
    String option = "arg:-Dlibrary.jline.path=" + nativ.toRealPath();
    assertThat(javaArguments(launch(env, ""))).contains(option);

    FileTime old = Files.getLastModifiedTime(project.resolve("target/azmoon.jar"));
    Files.setLastModifiedTime(nativ, FileTime.from(old.toInstant().minusSeconds(1)));
    assertThat(javaArguments(launch(env, ""))).doesNotContain(option);
  }
}

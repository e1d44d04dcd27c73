package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./govdoc launcher's first build: Maven's colour resets do not reach the user's terminal or pipe. */
class LauncherTest {

    @TempDir
    Path tmp;

    private static Path executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void theFirstBuildPrintsNoColourEscapes() throws Exception {
        Path launcher = Path.of("..", "govdoc").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(launcher) && Files.isExecutable(Path.of("/bin/bash")), "launcher and bash");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(launcher, home.resolve("govdoc"));
        Files.createDirectories(home.resolve("pipeline/src/main/resources/org/govdoc/cli"));
        Files.writeString(home.resolve("pipeline/src/main/resources/org/govdoc/cli/jvm.options"), "-Xss1m\n");
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // a Maven that behaves as Maven 3.9 does in batch mode: colour resets, then the jar
        executable(bin.resolve("mvn"), "#!/bin/bash\nprintf '\\033[0m\\033[0m'\nprintf '\\033[1;31m[ERROR]\\033[m nothing\\n' >&2\n"
                + "mkdir -p pipeline/target && touch pipeline/target/govdoc.jar\n");
        executable(bin.resolve("java"), "#!/bin/bash\necho ran \"$@\"\n");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", home.resolve("govdoc").toString(), "search", "x");
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("GOVDOC_JAVA_OPTS");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(all).isZero();
        assertThat(all).contains("govdoc: building", "[ERROR] nothing", "ran -Xss1m -jar").doesNotContain("\u001b");
    }
}

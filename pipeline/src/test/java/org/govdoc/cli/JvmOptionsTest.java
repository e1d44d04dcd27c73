package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void readsOptionsWithoutCommentsOrBlankLines() {
        assertThat(JvmOptions.parse("# a comment\n\n-Xmx1g\n  -XX:+UseSerialGC  \n  # indented comment\n"))
                .containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    }

    @Test
    void theStandardOptionsHoldTheStatedHeapAndCollector() {
        assertThat(JvmOptions.standard()).contains("-Xmx512m", "-XX:+UseSerialGC").noneMatch(o -> o.startsWith("#"));
    }

    @Test
    void theBenchmarksHeapReplacesTheStandardOne() {
        List<String> o = JvmOptions.withHeap("256m");
        assertThat(o).contains("-Xmx256m").doesNotContain("-Xmx512m");
        assertThat(o.stream().filter(x -> x.startsWith("-Xmx"))).hasSize(1);
    }

    @Test
    void thisJvmAcceptsEveryStandardOption() throws Exception {
        // an option the JVM does not know makes it refuse to start: the launcher would be broken
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.standard());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}

package org.govdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module says what it is for: a {@code package-info.java} beside the
 * classes of each main source folder (the house stays easy to walk as modules are added).
 */
class PackageInfoTest {

    @Test
    void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in the module folder
        List<Path> sourceRoots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(sourceRoots::add);
        }
        assertThat(sourceRoots).as("source folders of the modules").hasSizeGreaterThanOrEqualTo(4);

        List<String> missing = new ArrayList<>();
        int packages = 0;
        for (Path src : sourceRoots) {
            try (Stream<Path> dirs = Files.walk(src)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasClasses;
                    try (Stream<Path> files = Files.list(dir)) {
                        hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                    }
                    if (hasClasses) {
                        packages++;
                        if (!Files.exists(dir.resolve("package-info.java"))) {
                            missing.add(root.relativize(dir).toString());
                        }
                    }
                }
            }
        }
        assertThat(packages).isGreaterThan(30);
        assertThat(missing).as("packages without package-info.java").isEmpty();
    }
}

package org.govdoc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClassPathTest {

    @Test
    void aJarLoadedByItsOwnLoaderIsTheWorkersClassPath(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("govdoc spark.jar");
        Path other = dir.resolve("lib.jar");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL(), other.toUri().toURL(),
                new URL("http://example.org/remote.jar")}, null)) {
            assertThat(WorkerClassPath.of(loader)).isEqualTo(jar + File.pathSeparator + other);
        }
    }

    @Test
    void theApplicationLoaderGivesThisJvmsClassPath() {
        assertThat(WorkerClassPath.of(ClassLoader.getSystemClassLoader())).isEqualTo(System.getProperty("java.class.path"));
        assertThat(WorkerClassPath.of()).isEqualTo(System.getProperty("java.class.path"));
    }
}

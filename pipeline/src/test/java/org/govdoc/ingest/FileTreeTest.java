package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path tmp;

    @Test
    void walksDepthFirstInNameOrderAndLeavesOutExcludedFolders() throws Exception {
        for (String name : List.of("b/2.txt", "b/1.txt", "a.txt", "c/x/9.txt", "out/index/seg", "乙.txt", "甲.txt")) {
            Path file = tmp.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
        List<String> seen = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        FileTree tree = new FileTree(List.of(tmp.resolve("out")), warnings::add);
        tree.forEachFile(List.of(tmp), f -> seen.add(tmp.relativize(f).toString()));

        assertThat(seen).containsExactly("a.txt", "b/1.txt", "b/2.txt", "c/x/9.txt", "乙.txt", "甲.txt");
        assertThat(tree.count(List.of(tmp))).isEqualTo(6);
        assertThat(warnings).isEmpty();
    }
}

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
        FileTree tree = new FileTree(List.of(tmp.resolve("out")), new NameFilter(List.of()));
        tree.forEachFile(List.of(tmp), f -> seen.add(tmp.relativize(f).toString()));

        assertThat(seen).containsExactly("a.txt", "b/1.txt", "b/2.txt", "c/x/9.txt", "乙.txt", "甲.txt");
        assertThat(tree.count(List.of(tmp))).isEqualTo(6);
    }

    @Test
    void namesExcludedAreLeftOutWithTheirFoldersButARootIsAlwaysWalked() throws Exception {
        for (String name : List.of("a.docx", "a.gold.json", "~$a.docx", ".DS_Store", ".git/config", "sub/b.txt",
                "sub/.hidden/c.txt", "sub/~$b.txt", ".root/d.txt")) {
            Path file = tmp.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
        FileTree tree = new FileTree(List.of(), new NameFilter(NameFilter.DEFAULT_EXCLUDES));
        List<String> seen = new ArrayList<>();
        tree.forEachFile(List.of(tmp), f -> seen.add(tmp.relativize(f).toString()));
        assertThat(seen).containsExactly("a.docx", "sub/b.txt");
        assertThat(tree.leftOutByName()).as("4 files and the folders .git, .hidden, .root").isEqualTo(7);

        seen.clear();
        tree.forEachFile(List.of(tmp.resolve(".root"), tmp.resolve("a.gold.json")), f -> seen.add(tmp.relativize(f).toString()));
        assertThat(seen).as("paths named as roots are read").containsExactly(".root/d.txt", "a.gold.json");
    }

    @Test
    void globsMatchNamesAndEveryFolderOfAnArchiveEntry() {
        NameFilter filter = new NameFilter(List.of("*.gold.json", "~$*", ".*", "草稿?.txt", "{tmp,temp}"));
        assertThat(filter.excludes("工作方案.gold.json")).isTrue();
        assertThat(filter.excludes("~$工作方案.docx")).isTrue();
        assertThat(filter.excludes(".DS_Store")).isTrue();
        assertThat(filter.excludes("草稿1.txt")).isTrue();
        assertThat(filter.excludes("草稿12.txt")).isFalse();
        assertThat(filter.excludes("工作方案.docx")).isFalse();
        assertThat(filter.excludes("gold.json.docx")).isFalse();
        assertThat(filter.excludesEntry("__MACOSX/._a.docx")).isTrue();
        assertThat(filter.excludesEntry("temp/a.docx")).isTrue();
        assertThat(filter.excludesEntry("folder/a.docx")).isFalse();
        assertThat(new NameFilter(List.of()).excludes(".DS_Store")).isFalse();
    }
}

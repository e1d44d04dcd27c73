package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch folders left by runs killed with kill -9 (issue 18). */
class FoldersTest {

    @TempDir
    Path tmp;

    @Test
    void theScratchFoldersOfDeadProcessesAreDeletedAndThoseOfLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path dead = Files.createDirectories(tmp.resolve(Folders.SCRATCH_PREFIX + deadPid + "-123"));
        Files.writeString(Files.createDirectories(dead.resolve("x")).resolve("entry-1.docx"), "bytes");
        Path live = Files.createDirectories(tmp.resolve(Folders.SCRATCH_PREFIX + livePid + "-456"));
        Path own = Files.createDirectories(tmp.resolve(Folders.SCRATCH_PREFIX + ProcessHandle.current().pid() + "-789"));
        Path other = Files.createDirectories(tmp.resolve(Folders.SCRATCH_PREFIX + "notes"));

        int deleted = Folders.deleteStaleScratch(tmp);

        assertThat(deleted).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(live).isDirectory();
        assertThat(own).isDirectory();
        assertThat(other).isDirectory();
    }

    @Test
    void aRunsScratchFolderIsNamedWithItsProcessId() throws Exception {
        Path scratch = Folders.scratch();
        try {
            assertThat(scratch.getFileName().toString())
                    .startsWith(Folders.SCRATCH_PREFIX + ProcessHandle.current().pid() + "-");
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }
}

package org.govdoc.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.ingest.RecordPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `govdoc remove PATH`: deletes the entries of a file, or of every file below a folder, from the index. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a file (or every file below a folder) from the index. Give the path as it was ingested.")
public final class RemoveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "File or folder, as given to ingest")
    String path;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = SearchFilters.DEFAULT_INDEX,
            description = "Index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!index.toFile().isDirectory()) {
            System.err.println("govdoc remove: no index at " + index);
            return 2;
        }
        Set<String> forms = new LinkedHashSet<>();
        // a path on disk is named in records with a name ending in '!' escaped (RecordPaths), so that a
        // folder x.zip! is never taken for the entries of x.zip; a path no longer on disk is taken as the
        // records write it (source.path)
        boolean onDisk = Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS);
        for (String form : List.of(path, Path.of(path).normalize().toString(),
                Path.of(path).toAbsolutePath().normalize().toString())) {
            forms.add(onDisk ? RecordPaths.of(form) : form);
        }
        int removed = 0;
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            for (String p : forms) {
                removed += store.remove(p);
            }
            store.commit();
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            System.err.println("govdoc remove: the index at " + index + " is being written (an ingest is running?);"
                    + " try again when it has finished");
            return 2;
        }
        out.println("removed " + removed + (removed == 1 ? " file" : " files"));
        if (removed == 0) {
            System.err.println("govdoc remove: nothing indexed at " + path);
            return 1;
        }
        return 0;
    }
}

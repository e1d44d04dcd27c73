package org.govdoc.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.govdoc.index.LuceneRecordStore;
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
        forms.add(path);
        forms.add(Path.of(path).normalize().toString());
        forms.add(Path.of(path).toAbsolutePath().normalize().toString());
        int removed = 0;
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            for (String p : forms) {
                removed += store.remove(p);
            }
            store.commit();
        }
        out.println("removed " + removed + (removed == 1 ? " file" : " files"));
        if (removed == 0) {
            System.err.println("govdoc remove: nothing indexed at " + path);
            return 1;
        }
        return 0;
    }
}

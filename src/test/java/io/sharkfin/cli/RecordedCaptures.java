package io.sharkfin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the captures with recorded tshark output live: the shared corpus, then the dissector
 * tests' own captures and the HTTP tests' synthetic ones. Names are unique across them.
 */
public final class RecordedCaptures {
    private static final List<Path> DIRECTORIES = List.of(Path.of("src/test/resources/corpus/captures"),
            Path.of("src/test/resources/dissect"), Path.of("src/test/resources/http/synthetic"));

    private RecordedCaptures() {
    }

    /** The capture of that file name, or an error naming the directories looked in. */
    public static Path find(String name) {
        return DIRECTORIES.stream().map(d -> d.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is in none of " + DIRECTORIES));
    }
}

package io.sharkfin.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the capture a rule test names: as given (absolute or relative to the working
 * directory), beside the pack, in the directories given with {@code --captures}, and in the
 * project's test captures beside the pack's folder: the shared corpus
 * ({@code src/test/resources/corpus/captures}) and the dissector tests' own captures
 * ({@code src/test/resources/dissect}, for protocols the corpus lacks, such as SSH clients).
 */
public final class CaptureLocator {
    static final String CORPUS = "src/test/resources/corpus/captures";
    static final String OWN = "src/test/resources/dissect";

    private final List<Path> dirs;

    public CaptureLocator(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    /** The capture file for a test of a pack, or null when none of the places has it. */
    public Path locate(String capture, Path packFile) {
        List<Path> candidates = new ArrayList<>();
        Path given = Path.of(capture);
        candidates.add(given);
        Path packDir = packFile.toAbsolutePath().getParent();
        if (packDir != null) {
            candidates.add(packDir.resolve(capture));
        }
        for (Path d : dirs) {
            candidates.add(d.resolve(capture));
        }
        for (String project : List.of(CORPUS, OWN)) {
            if (packDir != null && packDir.getParent() != null) {
                candidates.add(packDir.getParent().resolve(project).resolve(capture));
            }
            candidates.add(Path.of(project).resolve(capture));
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }
}

package io.sharkfin.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the capture a rule test names: as given (absolute or relative to the working
 * directory), beside the pack, in the directories given with {@code --captures}, and in the
 * project's test captures: the shared corpus ({@code src/test/resources/corpus/captures}) and the
 * dissector tests' own captures ({@code src/test/resources/dissect}, for protocols the corpus
 * lacks, such as SSH clients), looked for beside the pack's folder, in the working directory and in
 * the project sharkfin runs from (its jar's {@code target/} folder's parent), so that a pack of
 * one's own, anywhere, can name the corpus's captures.
 */
public final class CaptureLocator {
    static final String CORPUS = "src/test/resources/corpus/captures";
    static final String OWN = "src/test/resources/dissect";

    /** The project sharkfin's jar was built in (the parent of its {@code target/}), or null. */
    private static final Path INSTALLED = projectOfJar();

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
            if (INSTALLED != null) {
                candidates.add(INSTALLED.resolve(project).resolve(capture));
            }
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    private static Path projectOfJar() {
        try {
            var source = CaptureLocator.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            // target/sharkfin.jar, or target/classes when run from the build's classes
            Path target = code == null ? null : code.getParent();
            return target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    ? target.getParent() : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null; // a jar loaded from elsewhere than a file: only the other places are looked in
        }
    }
}

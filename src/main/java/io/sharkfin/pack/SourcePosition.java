package io.sharkfin.pack;

import java.nio.file.Path;

/**
 * A place in a pack file, 1-based line and column, printed {@code file:line:col} as compilers do.
 */
public record SourcePosition(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}

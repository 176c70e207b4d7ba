package io.sharkfin.cli.output.summary;

/**
 * What one protocol's dissector writes into the columns, replayed from the fields it added. Layers
 * are visited in order: {@link #begin} when the dissector runs, {@link #end} once every layer above
 * it was visited (what a dissector writes after its payload's dissector returned).
 */
interface ColumnWriter {

    void begin(Layer layer, Columns columns);

    default void end(Layer layer, Columns columns) {
    }

    /**
     * Called before a second (third, ...) layer directly above this one starts: several PDUs in
     * one segment.
     */
    default void nextChild(Layer layer, Columns columns) {
    }

    /**
     * After {@link #end}: writes what this layer's dissector wrote after the layers that follow
     * it up to entry {@code before} (HTTP's later messages in one segment come after the
     * earlier messages' bodies, which the tree shows as layers beside it); returns whether text
     * remains for entries after that. By default none does.
     */
    default boolean resume(Layer layer, int before, Columns columns) {
        return false;
    }
}

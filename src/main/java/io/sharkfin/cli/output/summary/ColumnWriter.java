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
}

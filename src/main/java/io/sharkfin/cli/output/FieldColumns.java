package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The summary columns among the {@code -e} fields ({@code _ws.col.Info}, ...), as tshark's
 * {@code -T fields}, {@code json} and {@code ek} print them: the text the summary line shows,
 * computed by the summary's own {@link SummaryColumns}. Outputs without such a field compute no
 * column.
 */
final class FieldColumns {

    /** What tshark's -e column fields belong to (print.c's COLUMN_FIELD_FILTER without the dot). */
    private static final String PROTOCOL = "_ws.col";

    /** Per {@code -e} field: the column it names, or null. */
    private final SummaryColumns.Column[] byField;
    private final boolean any;
    private SummaryColumns columns;

    FieldColumns(List<FieldDef> fields) {
        byField = fields.stream().map(f -> f.dissected() ? null : SummaryColumns.Column.byFieldName(f.name()))
                .toArray(SummaryColumns.Column[]::new);
        any = Arrays.stream(byField).anyMatch(Objects::nonNull);
    }

    /**
     * The definition an {@code -e} name of a column resolves to (not dissected: no packet holds
     * it), or null when {@code name} names no column.
     */
    static FieldDef definition(String name) {
        SummaryColumns.Column c = SummaryColumns.Column.byFieldName(name);
        return c == null ? null
                : new FieldDef(-1, c.fieldName(), c.title(), FieldType.STRING, PROTOCOL, "", 0, "", null, false);
    }

    /** Whether some {@code -e} field is a column. */
    boolean any() {
        return any;
    }

    /** The column {@code -e} field {@code i} names, or null. */
    SummaryColumns.Column at(int i) {
        return byField[i];
    }

    /** Adds the fields the columns read to {@code ids}. */
    void addFields(FieldRegistry registry, BitSet ids) {
        if (any) {
            ids.or(columns(registry).fields());
        }
    }

    /** The columns of the packet just dissected, null when no {@code -e} field is a column. */
    SummaryColumns.Row row(Packet p) {
        return any ? columns(p.registry()).row(p) : null;
    }

    /** Follows a frame not printed, as the summary line does (a conversation's TLS version). */
    void observe(Packet p) {
        if (any) {
            columns(p.registry()).observe(p);
        }
    }

    private SummaryColumns columns(FieldRegistry registry) {
        if (columns == null) {
            columns = new SummaryColumns(registry);
        }
        return columns;
    }
}

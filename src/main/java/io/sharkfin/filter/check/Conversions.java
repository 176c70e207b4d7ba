package io.sharkfin.filter.check;

import io.sharkfin.dissect.FieldDef;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.filter.value.FValue;
import io.sharkfin.filter.value.Literals;
import io.sharkfin.filter.value.ValueException;

/**
 * The literal conversions semcheck makes: with the field's value names when the other side is a
 * field of that type ({@code dfilter_fvalue_from_literal(..., hfinfo)}), with the bare type
 * otherwise (functions, slices, arithmetic, raw bytes).
 */
final class Conversions {
    private Conversions() {
    }

    static FValue fromLiteral(FieldType type, String text, boolean partial, FieldDef names)
            throws ValueException {
        if (names != null && names.type() == type) {
            return Literals.literalForField(names, text, partial);
        }
        return Literals.fromLiteral(type, text, partial);
    }

    static FValue fromString(FieldType type, byte[] value, FieldDef names) throws ValueException {
        if (names != null && names.type() == type) {
            return Literals.stringForField(names, value);
        }
        return Literals.fromString(type, value);
    }

    static FValue fromCharConst(FieldType type, long value) throws ValueException {
        return Literals.fromCharConst(type, value);
    }
}

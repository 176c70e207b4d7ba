package io.sharkfin.dissect.protocol.json;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/** The json fields of Wireshark 4.0 that its default preferences produce, in {@code tshark -G fields}' order. */
public final class JsonFields {
    private JsonFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type) {
        return FieldSpec.of(name, title, type).base("");
    }

    public static final FieldSpec JSON = FieldSpec.protocol("json", "JavaScript Object Notation");
    public static final FieldSpec ARRAY = f("json.array", "Array", FieldType.NONE);
    public static final FieldSpec OBJECT = f("json.object", "Object", FieldType.NONE);
    public static final FieldSpec MEMBER = f("json.member", "Member", FieldType.STRING);
    public static final FieldSpec KEY = f("json.key", "Key", FieldType.STRING);
    public static final FieldSpec PATH = f("json.path", "Path", FieldType.STRING);
    public static final FieldSpec PATH_WITH_VALUE = f("json.path_with_value", "Path with value", FieldType.STRING);
    public static final FieldSpec MEMBER_WITH_VALUE = f("json.member_with_value", "Member with value", FieldType.STRING);
    public static final FieldSpec VALUE_STRING = f("json.value.string", "String value", FieldType.STRING);
    public static final FieldSpec VALUE_NUMBER = f("json.value.number", "Number value", FieldType.STRING);
    public static final FieldSpec VALUE_FALSE = f("json.value.false", "False value", FieldType.NONE);
    public static final FieldSpec VALUE_NULL = f("json.value.null", "Null value", FieldType.NONE);
    public static final FieldSpec VALUE_TRUE = f("json.value.true", "True value", FieldType.NONE);
    public static final FieldSpec VALUE_NAN = f("json.value.nan", "NaN value", FieldType.NONE);

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = DeclaredFields.of(JsonFields.class).stream()
            .filter(f -> f != JSON).toList();
}

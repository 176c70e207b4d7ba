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

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec JSON = SPECS.add(FieldSpec.protocol("json", "JavaScript Object Notation"));
    public static final FieldSpec ARRAY = SPECS.add(f("json.array", "Array", FieldType.NONE));
    public static final FieldSpec OBJECT = SPECS.add(f("json.object", "Object", FieldType.NONE));
    public static final FieldSpec MEMBER = SPECS.add(f("json.member", "Member", FieldType.STRING));
    public static final FieldSpec KEY = SPECS.add(f("json.key", "Key", FieldType.STRING));
    public static final FieldSpec PATH = SPECS.add(f("json.path", "Path", FieldType.STRING));
    public static final FieldSpec PATH_WITH_VALUE = SPECS.add(f("json.path_with_value", "Path with value", FieldType.STRING));
    public static final FieldSpec MEMBER_WITH_VALUE = SPECS.add(f("json.member_with_value", "Member with value", FieldType.STRING));
    public static final FieldSpec VALUE_STRING = SPECS.add(f("json.value.string", "String value", FieldType.STRING));
    public static final FieldSpec VALUE_NUMBER = SPECS.add(f("json.value.number", "Number value", FieldType.STRING));
    public static final FieldSpec VALUE_FALSE = SPECS.add(f("json.value.false", "False value", FieldType.NONE));
    public static final FieldSpec VALUE_NULL = SPECS.add(f("json.value.null", "Null value", FieldType.NONE));
    public static final FieldSpec VALUE_TRUE = SPECS.add(f("json.value.true", "True value", FieldType.NONE));
    public static final FieldSpec VALUE_NAN = SPECS.add(f("json.value.nan", "NaN value", FieldType.NONE));

    /** Every field but the protocol's. */
    static final List<FieldSpec> FIELDS = SPECS.list().stream()
            .filter(f -> f != JSON).toList();
}

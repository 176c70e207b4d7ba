package io.sharkfin.dissect.protocol.pop;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The POP fields: Wireshark 4.0's ({@code pop.*}, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/pop-fields.txt}) and packet-pop.c's expert info.
 */
public final class PopFields {
    private PopFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec POP = SPECS.add(FieldSpec.protocol("pop", "Post Office Protocol"));

    public static final FieldSpec RESPONSE = SPECS.add(f("pop.response", "Response", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE_INDICATOR = SPECS.add(f("pop.response.indicator", "Response indicator", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE_DESCRIPTION = SPECS.add(f("pop.response.description", "Response description", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE_DATA = SPECS.add(f("pop.response.data", "Data", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQUEST = SPECS.add(f("pop.request", "Request", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQUEST_COMMAND = SPECS.add(f("pop.request.command", "Request command", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQUEST_PARAMETER = SPECS.add(f("pop.request.parameter", "Request parameter", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQUEST_DATA = SPECS.add(f("pop.request.data", "Data", FieldType.STRING, "", 0x0));
    public static final FieldSpec DATA_FRAGMENTS = SPECS.add(f("pop.data.fragments", "DATA fragments", FieldType.NONE, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT = SPECS.add(f("pop.data.fragment", "DATA fragment", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT_OVERLAP = SPECS.add(f("pop.data.fragment.overlap", "DATA fragment overlap", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_OVERLAP_CONFLICTS = SPECS.add(f("pop.data.fragment.overlap.conflicts", "DATA fragment overlapping with conflicting data", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_MULTIPLE_TAILS = SPECS.add(f("pop.data.fragment.multiple_tails", "DATA has multiple tail fragments", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_TOO_LONG_FRAGMENT = SPECS.add(f("pop.data.fragment.too_long_fragment", "DATA fragment too long", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_ERROR = SPECS.add(f("pop.data.fragment.error", "DATA defragmentation error", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT_COUNT = SPECS.add(f("pop.data.fragment.count", "DATA fragment count", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DATA_REASSEMBLED_IN = SPECS.add(f("pop.data.reassembled.in", "Reassembled DATA in frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_REASSEMBLED_LENGTH = SPECS.add(f("pop.data.reassembled.length", "Reassembled DATA length", FieldType.UINT32, "BASE_DEC", 0x0));

    public static final Expert.Info RESP_TOT_LEN_INVALID = SPECS.add(Expert.Info.of("pop.response.tot_len.invalid",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Length must be a string containing an integer"));

    /** POP's fields and finding, protocol first. */
    static final List<FieldSpec> ALL = SPECS.list();
}

package io.sharkfin.dissect.protocol.json;

import io.sharkfin.dissect.protocol.TokenParser;
import io.sharkfin.dissect.protocol.TokenParser.Forward;
import io.sharkfin.dissect.protocol.TokenParser.Wanted;

import static io.sharkfin.dissect.protocol.TokenParser.character;
import static io.sharkfin.dissect.protocol.TokenParser.oneOf;
import static io.sharkfin.dissect.protocol.TokenParser.optional;
import static io.sharkfin.dissect.protocol.TokenParser.run;
import static io.sharkfin.dissect.protocol.TokenParser.sequence;
import static io.sharkfin.dissect.protocol.TokenParser.some;
import static io.sharkfin.dissect.protocol.TokenParser.string;

/**
 * The tokens of packet-json.c's {@code init_json_parser}, part for part, with its callbacks bound
 * to {@link JsonTree}: a document is an object or an array; values are strings, numbers, the
 * literals and nested objects and arrays. As everywhere in tvbparse, blanks are skipped after
 * each part of a sequence, even inside a string's escape or a number.
 */
final class JsonGrammar {
    /** Token ids of the values (json_token_type_t). */
    static final int NUMBER = 0;
    static final int STRING = 1;
    static final int FALSE = 2;
    static final int NULL = 3;
    static final int TRUE = 4;
    static final int NAN = 5;
    static final int OBJECT = 6;
    static final int ARRAY = 7;

    /** White space, skipped before each document and after each part. */
    static final Wanted<JsonTree> IGNORE = run(-1, " \t\r\n", true);

    /** A document: an object or an array. */
    static final Wanted<JsonTree> DOCUMENT;

    static {
        Wanted<JsonTree> quote = ch("\"");
        Wanted<JsonTree> string = seq(STRING, quote,
                some(-1, 0, Integer.MAX_VALUE, oneOf(-1,
                        run(-1, "\"\\", false),
                        seq(-1, ch("\\"), oneOf(-1,
                                run(-1, "\"\\/bfnrt", true, 1, 1),
                                seq(-1, ch("u"), run(-1, "0123456789abcdefABCDEF", true, 4, 4)))))),
                quote);
        Wanted<JsonTree> separator = ch(",");
        Wanted<JsonTree> integer = oneOf(-1, ch("0"),
                seq(-1, run(-1, "123456789", true, 1, 1), optional(run(-1, "0123456789", true))));
        Wanted<JsonTree> number = seq(NUMBER, optional(run(-1, "-", true, 1, 1)), integer,
                optional(seq(-1, ch("."), run(-1, "0123456789", true))),
                optional(seq(-1, ch("eE"), optional(run(-1, "-+", true, 1, 1)), run(-1, "0123456789", true))));
        Forward<JsonTree> object = TokenParser.forward();
        Forward<JsonTree> array = TokenParser.forward();
        Wanted<JsonTree> value = oneOf(-1, string(FALSE, "false", false), string(NULL, "null", false),
                string(TRUE, "true", false), string(NAN, "NaN", false), object, array, number, string)
                .after(JsonTree::value);
        array.set(seq(ARRAY, ch("["),
                optional(seq(-1, value, some(-1, 0, Integer.MAX_VALUE, seq(-1, separator, value)))),
                ch("]")).before(JsonTree::arrayStart).after(JsonTree::arrayEnd));
        Wanted<JsonTree> member = seq(-1, string, ch(":"), value).before(JsonTree::memberStart)
                .after(JsonTree::memberEnd);
        object.set(seq(OBJECT, ch("{"),
                optional(seq(-1, member, some(-1, 0, Integer.MAX_VALUE, seq(-1, separator, member)))),
                ch("}")).before(JsonTree::objectStart).after(JsonTree::objectEnd));
        DOCUMENT = oneOf(-1, object, array);
    }

    @SafeVarargs
    private static Wanted<JsonTree> seq(int id, Wanted<JsonTree>... parts) {
        return sequence(id, parts);
    }

    private static Wanted<JsonTree> ch(String c) {
        return character(-1, c);
    }

    private JsonGrammar() {
    }
}

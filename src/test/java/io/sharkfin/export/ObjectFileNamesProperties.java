package io.sharkfin.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a URI or a subject holds, the name an object is saved under is one file in the export
 * directory: no separator, no character Windows forbids, no control character, at most 255 bytes,
 * and the n-th duplicate's name differs from the first's.
 */
class ObjectFileNamesProperties {

    @Provide
    Arbitrary<String> names() {
        // bytes, one per character, as the exports hand names over; all of them, control ones too
        return Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(400);
    }

    @Property(tries = 2000)
    void aNameIsOneSafeFile(@ForAll("names") String name, @ForAll @IntRange(max = 999) int dupn) {
        String safe = ObjectFileNames.massage(name, dupn);
        assertTrue(safe.length() <= ObjectFileNames.MAX_LENGTH, safe);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            assertTrue(c >= 0x20 && "<>:\"/\\|?*".indexOf(c) < 0, "character " + (int) c + " in " + safe);
        }
        if (dupn > 0) {
            assertTrue(safe.contains("(" + dupn + ")"), safe);
        }
    }

    @Property(tries = 500)
    void aSafeNameStaysAsItIs(@ForAll("names") String name) {
        String plain = name.replaceAll("[\\x00-\\x1f<>:\"/\\\\|?*]", "");
        if (plain.length() <= ObjectFileNames.MAX_LENGTH) {
            assertEquals(plain, ObjectFileNames.massage(plain, 0));
        }
        // a base name is its own base name
        assertEquals(ObjectFileNames.basename(name), ObjectFileNames.basename(ObjectFileNames.basename(name)));
    }
}

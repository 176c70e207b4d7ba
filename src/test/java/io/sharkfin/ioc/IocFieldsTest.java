package io.sharkfin.ioc;

import io.sharkfin.dissect.FieldType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field the analysis reads is dissected by this build with the type the collectors read it
 * as: a renamed field, or one whose type changed (a certificate time that became an integer, a
 * flag that became a string), shows up here instead of as silently empty report sections.
 */
class IocFieldsTest {

    @Test
    void everyFieldIsDissectedWithTheTypeTheCollectorsRead() {
        IocFields f = IocFields.standard();
        assertEquals(List.of(), f.missing());
        assertEquals(120, f.names().size());
        assertTrue(f.hasHttp() && f.hasTls());
        assertEquals(FieldType.ABSOLUTE_TIME, f.def(f.certNotAfter).type());
        assertEquals(FieldType.BOOLEAN, f.def(f.certSelfSigned).type());
        assertTrue(f.def(f.certSubjectCn).type().isString());
        assertEquals(FieldType.ETHER, f.def(f.dhcpMac).type());
    }

    @Test
    void theBenchmarkFloorPrimesTheSameFields() throws Exception {
        String script = Files.readString(Path.of("bench/iocs-bench.sh"));
        Matcher m = Pattern.compile("(?m)^IOC_FIELDS=\"([^\"]*)\"").matcher(script);
        assertTrue(m.find(), "IOC_FIELDS in bench/iocs-bench.sh");
        assertEquals(new TreeSet<>(IocFields.standard().names()), new TreeSet<>(List.of(m.group(1).trim().split("\\s+"))));
    }

    @Test
    void aFieldOfAnotherTypeIsNotRead() {
        assertFalse(IocFields.Kind.TIME.accepts(FieldType.UINT64), "times are seconds and nanoseconds, not a count");
        assertFalse(IocFields.Kind.BOOLEAN.accepts(FieldType.STRING));
        assertFalse(IocFields.Kind.INTEGER.accepts(FieldType.BOOLEAN));
        assertFalse(IocFields.Kind.IPV4.accepts(FieldType.IPv6));
        assertTrue(IocFields.Kind.TEXT.accepts(FieldType.STRINGZ));
    }
}

package io.sharkfin.capture;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ByteArrays reads what the JDK's byte buffers read, in both orders, at every offset. */
class ByteArraysProperties {

    @Property
    void readsAsByteBuffers(@ForAll @Size(min = 8, max = 24) byte[] a, @ForAll @IntRange(max = 16) int at) {
        int i = Math.min(at, a.length - 8);
        ByteBuffer be = ByteBuffer.wrap(a).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer le = ByteBuffer.wrap(a).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(be.getShort(i) & 0xffff, ByteArrays.be16(a, i));
        assertEquals(be.getInt(i), ByteArrays.be32(a, i));
        assertEquals(be.getLong(i), ByteArrays.be64(a, i));
        assertEquals(le.getShort(i) & 0xffff, ByteArrays.le16(a, i));
        assertEquals(le.getInt(i), ByteArrays.le32(a, i));
        assertEquals(le.getLong(i), ByteArrays.le64(a, i));
    }

    @Property(tries = 50)
    void readsNothingPastTheEnd(@ForAll @Size(min = 0, max = 7) byte[] a) {
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> ByteArrays.be64(a, 0));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> ByteArrays.le64(a, 0));
    }
}

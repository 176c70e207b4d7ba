package io.sharkfin.capture;

/**
 * Multi-byte numbers read from a byte array by composing its bytes. The JDK's array views
 * ({@code MethodHandles.byteArrayViewVarHandle}) and heap {@code MemorySegment}s compile to the
 * same single load once C2 has the code, but until then every read goes through a chain of
 * method-handle frames: a run's first few hundred thousand frames, read by the interpreter and
 * C1, took 2.6-2.9 µs each with them and 0.4 µs with these (bench/ReadFloor.java). Indexes are
 * checked as for any array access.
 */
public final class ByteArrays {
    private ByteArrays() {
    }

    public static int be16(byte[] a, int i) {
        return (a[i] & 0xff) << 8 | a[i + 1] & 0xff;
    }

    public static int be32(byte[] a, int i) {
        return a[i] << 24 | (a[i + 1] & 0xff) << 16 | (a[i + 2] & 0xff) << 8 | a[i + 3] & 0xff;
    }

    public static long be64(byte[] a, int i) {
        return (long) be32(a, i) << 32 | be32(a, i + 4) & 0xffffffffL;
    }

    public static int le16(byte[] a, int i) {
        return a[i] & 0xff | (a[i + 1] & 0xff) << 8;
    }

    public static int le32(byte[] a, int i) {
        return a[i] & 0xff | (a[i + 1] & 0xff) << 8 | (a[i + 2] & 0xff) << 16 | a[i + 3] << 24;
    }

    public static long le64(byte[] a, int i) {
        return le32(a, i) & 0xffffffffL | (long) le32(a, i + 4) << 32;
    }
}

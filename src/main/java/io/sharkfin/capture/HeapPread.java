package io.sharkfin.capture;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * {@code pread(2)} straight into a heap array. {@code FileChannel.read} into a heap buffer reads
 * into a temporary native buffer and copies that into the array: for a 2 GB capture the second
 * copy took 0.2 s of CPU (of a read-ahead thread's 0.6 s) on a machine whose two cores are both
 * busy. A critical downcall may pass heap memory to the kernel, which then copies once; the
 * garbage collector waits for it, so each call is kept short. Used only where the platform has
 * {@code open}/{@code pread}/{@code close} and native access is enabled; otherwise (and for any
 * failure) the caller reads through its channel.
 */
final class HeapPread implements AutoCloseable {
    private static final int O_RDONLY = 0;
    // the garbage collector waits while a critical call runs: each one copies at most this much
    private static final int MAX_CALL = 256 << 10;
    /** The native calls, linked when first used (or by {@link #link}). */
    private static final class Calls {
        static final MethodHandle OPEN;
        static final MethodHandle PREAD;
        static final MethodHandle CLOSE;

        static {
            MethodHandle open = null;
            MethodHandle pread = null;
            MethodHandle close = null;
            try {
                if (HeapPread.class.getModule().isNativeAccessEnabled()) {
                    Linker linker = Linker.nativeLinker();
                    SymbolLookup libc = linker.defaultLookup();
                    open = linker.downcallHandle(libc.find("open").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                            Linker.Option.firstVariadicArg(2));
                    pread = linker.downcallHandle(libc.find("pread").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                            Linker.Option.critical(true));
                    close = linker.downcallHandle(libc.find("close").orElseThrow(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                }
            } catch (RuntimeException | LinkageError e) {
                open = null;
            }
            OPEN = open;
            PREAD = pread;
            CLOSE = close;
        }

        private Calls() {
        }
    }

    private final int fd;

    /**
     * Links the native calls now, if not done yet (25-190 ms of CPU): a program may do it on another
     * thread while it starts. An {@link #open} meanwhile waits for it, as for any class
     * initialisation.
     */
    static void link() {
        boolean ignored = Calls.OPEN != null;
    }

    private HeapPread(int fd) {
        this.fd = fd;
    }

    /** The file opened for reading, or null when this way of reading is not available. */
    static HeapPread open(Path file) {
        if (Calls.OPEN == null) {
            return null;
        }
        try (Arena a = Arena.ofConfined()) {
            int fd = (int) Calls.OPEN.invokeExact(a.allocateFrom(file.toString()), O_RDONLY);
            return fd < 0 ? null : new HeapPread(fd);
        } catch (Throwable e) {
            return null;
        }
    }

    /**
     * Reads up to {@code n} bytes (at most 256 KiB) at file position {@code position} into
     * {@code array} from {@code offset}; returns the count (0 at the end of the file), or -1 on an
     * error.
     */
    long read(byte[] array, int offset, int n, long position) {
        int count = Math.min(n, MAX_CALL);
        try {
            return (long) Calls.PREAD.invokeExact(fd, MemorySegment.ofArray(array).asSlice(offset, count), (long) count,
                    position);
        } catch (Throwable e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) Calls.CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            // nothing left to release
        }
    }
}

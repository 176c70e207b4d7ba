import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The least a JVM can do for {@code -Y 'ip.addr == 127.0.0.10 && tcp.port == 443' -T fields -e
 * frame.number} over a little-endian Ethernet pcap: one thread, {@code read(2)} into one direct
 * buffer, the records walked and the core filter tested by hand as tcpdump's BPF tests it
 * (Ethernet, IPv4 without options, not a fragment, TCP), frame numbers printed. No sharkfin code,
 * no second thread, almost nothing for the JIT to compile. Where {@link ReadFloor} is the floor
 * under sharkfin's own reader, this is the floor under any JVM program, to hold against
 * {@code tcpdump -r FILE -w /dev/null 'host 127.0.0.10 and tcp port 443'}. {@link #core} is the
 * hand-written filter both floors test.
 *
 * <pre>
 *   . bin/java25.sh; find_java25
 *   "$JAVA_HOME/bin/javac" -d target/floor bench/MinFloor.java
 *   /usr/bin/time -f '%e s' "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
 *       -cp target/floor MinFloor bench/data/big4.pcap &gt;/dev/null
 * </pre>
 */
public class MinFloor {
    private static final ValueLayout.OfShort BE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt BE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int RECORD_HEADER = 16;
    private static final int FILE_HEADER = 24;
    private static final int HOST = 127 << 24 | 10;
    private static final int PORT = 443;

    public static void main(String[] args) throws Exception {
        long frames = 0;
        long matches = 0;
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out)), 1 << 16);
        try (FileChannel ch = FileChannel.open(Path.of(args[0]))) {
            // room for a chunk and the largest record the chunk may have begun
            ByteBuffer b = ByteBuffer.allocateDirect((1 << 20) + (1 << 18) + RECORD_HEADER);
            // the buffer's memory whatever its position and limit
            MemorySegment seg = MemorySegment.ofBuffer(b);
            ch.position(FILE_HEADER);
            int pos = 0;
            while (true) {
                int n = ch.read(b);
                int lim = b.position();
                while (pos + RECORD_HEADER <= lim) {
                    int captured = seg.get(LE32, pos + 8);
                    int data = pos + RECORD_HEADER;
                    if (data + captured > lim) {
                        break;
                    }
                    frames++;
                    if (core(seg, data, captured)) {
                        matches++;
                        out.write(Long.toString(frames));
                        out.write('\n');
                    }
                    pos = data + captured;
                }
                if (n < 0) {
                    break;
                }
                b.limit(lim).position(pos);
                b.compact();
                pos = 0;
            }
        }
        out.flush();
        System.err.println(matches + " of " + frames + " frames");
    }

    /**
     * Whether the Ethernet frame at {@code o} matches {@code ip.addr == 127.0.0.10 && tcp.port ==
     * 443} as tcpdump's BPF tests {@code host 127.0.0.10 and tcp port 443}: IPv4 without options,
     * not a fragment, TCP.
     */
    static boolean core(MemorySegment s, long o, int length) {
        if (length < 54 || (s.get(BE16, o + 12) & 0xffff) != 0x0800 || s.get(ValueLayout.JAVA_BYTE, o + 14) != 0x45
                || s.get(ValueLayout.JAVA_BYTE, o + 23) != 6 || (s.get(BE16, o + 20) & 0x3fff) != 0) {
            return false;
        }
        int src = s.get(BE32, o + 26);
        int dst = s.get(BE32, o + 30);
        int sport = s.get(BE16, o + 34) & 0xffff;
        int dport = s.get(BE16, o + 36) & 0xffff;
        return (src == HOST || dst == HOST) && (sport == PORT || dport == PORT);
    }
}

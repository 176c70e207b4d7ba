package io.sharkfin.pack;

import io.sharkfin.cli.output.Json;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One JSON object per alert and line: capture, rule id, severity, frame number, time (RFC 3339,
 * UTC, nanoseconds), the five-tuple and the values of the fields the rule reads.
 *
 * <pre>{"capture":"lab-c2-a.pcap","rule":"http-indicators/http-ua-msie6","severity":"high","frame":80,
 * "time":"2024-05-01T10:00:03.123456789Z","proto":"tcp","src":"127.0.0.2","sport":41234,
 * "dst":"127.0.0.66","dport":80,"fields":{"http.user_agent":"Mozilla/4.0 (compatible; MSIE 6.0)"}}</pre>
 */
public final class NdjsonAlerts implements AlertSink {
    private final PrintWriter out;
    private Path capture;
    private boolean flushEach;

    public NdjsonAlerts(PrintWriter out) {
        this.out = out;
    }

    /**
     * The capture the next alerts come from. The alerts of one that is not a regular file
     * (standard input, a pipe: a capture still being written) go out one by one, as found.
     */
    public void capture(Path file) {
        this.capture = file;
        this.flushEach = !java.nio.file.Files.isRegularFile(file);
    }

    @Override
    public void alert(Alert a) {
        StringBuilder sb = new StringBuilder(256).append('{');
        if (capture != null) {
            sb.append("\"capture\":").append(Json.string(capture.toString())).append(',');
        }
        sb.append("\"rule\":").append(Json.string(a.rule().qualifiedId()));
        sb.append(",\"sid\":").append(a.rule().rule().sid());
        sb.append(",\"severity\":").append(Json.string(a.rule().rule().severity().label()));
        sb.append(",\"frame\":").append(a.frame());
        sb.append(",\"time\":").append(Json.string(Instant.ofEpochSecond(0, a.timeNanos()).toString()));
        FiveTuple t = a.tuple();
        sb.append(",\"proto\":").append(Json.string(t.protocol()));
        sb.append(",\"src\":").append(Json.string(t.src()));
        if (t.srcPort() >= 0) {
            sb.append(",\"sport\":").append(t.srcPort());
        }
        sb.append(",\"dst\":").append(Json.string(t.dst()));
        if (t.dstPort() >= 0) {
            sb.append(",\"dport\":").append(t.dstPort());
        }
        sb.append(",\"fields\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : a.fields().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(Json.string(e.getKey())).append(':').append(Json.string(e.getValue()));
        }
        sb.append("}}");
        out.println(sb);
        if (flushEach) {
            out.flush();
        }
    }
}

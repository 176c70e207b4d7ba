package io.sharkfin.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run over one capture found.
 *
 * @param hits   per rule (in rule order), the frames it alerted on, ascending
 * @param frames how many frames were read
 * @param error  why the capture could not be read to its end, or null
 */
public record RunResult(Path capture, Map<CompiledRule, List<Long>> hits, long frames, String error) {

    /** The number of alerts of all rules. */
    public long alerts() {
        long n = 0;
        for (List<Long> f : hits.values()) {
            n += f.size();
        }
        return n;
    }
}

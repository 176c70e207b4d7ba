package io.sharkfin.ioc;

import java.util.Map;

/** One part of the analysis: sees every frame in scope, keeps what it needs, reports drops. */
public interface Collector {

    /** Looks at one frame. Must not keep the packet (it is refilled for the next frame). */
    void accept(FrameContext frame);

    /** Called once after the last frame. */
    default void finish() {
    }

    /** Adds the counts of entries this collector refused because a table was full. */
    default void reportDrops(Map<String, Long> out) {
    }
}

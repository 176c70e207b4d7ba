package io.sharkfin.dissect;

/**
 * Seconds in words as Wireshark's epan/to_str.c writes them ({@code 1 day, 2 hours, 5 minutes,
 * 2 seconds}), for the items that show a time to live or a lease beside its number.
 */
public final class Durations {
    private static final String[] UNITS = {"day", "hour", "minute", "second"};

    private Durations() {
    }

    /** unsigned_time_secs_to_str. */
    public static String unsignedSeconds(long seconds) {
        if (seconds == 0) {
            return "0 seconds";
        }
        long[] parts = {seconds / 86400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(parts[i]).append(' ').append(UNITS[i])
                        .append(parts[i] == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }

    /**
     * signed_time_secs_to_str of a 32-bit time: a negative time is the positive one after a minus
     * sign; the most negative one, whose opposite 32 bits cannot hold, reads as 4294967295 seconds.
     */
    public static String signedSeconds(int seconds) {
        if (seconds >= 0) {
            return unsignedSeconds(seconds);
        }
        return "-" + unsignedSeconds(seconds == Integer.MIN_VALUE ? 0xffffffffL : -(long) seconds);
    }
}

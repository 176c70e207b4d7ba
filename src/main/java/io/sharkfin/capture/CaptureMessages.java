package io.sharkfin.capture;

/**
 * tshark 4.0's wording for capture-file problems ({@code ui/failure_message.c}). A problem found
 * while opening (file header, first section) is worded slightly differently from one found while
 * reading records, exactly as tshark does.
 */
final class CaptureMessages {
    /** The program name tshark puts in its messages; sharkfin answers like tshark. */
    static final String PROGRAM = "TShark";

    private CaptureMessages() {
    }

    /** How messages name an input: {@code file "x.pcap"} or {@code standard input}. */
    static String describe(String fileName) {
        return "-".equals(fileName) ? "standard input" : "file \"" + fileName + "\"";
    }

    /** How messages name an output: {@code file "x.pcap"} or {@code standard output}. */
    static String describeOutput(String fileName) {
        return "-".equals(fileName) ? "standard output" : "file \"" + fileName + "\"";
    }

    /** The message for a problem met while opening the input {@code source}. */
    static String whileOpening(String source, Damage d) {
        return switch (d.kind()) {
            case UNKNOWN_FORMAT -> "The " + source + " isn't a capture file in a format " + PROGRAM
                    + " understands.";
            case UNSUPPORTED -> "The " + source + " contains record data that " + PROGRAM
                    + " doesn't support.\n(" + detail(d) + ")";
            case BAD_FILE -> "The " + source + " appears to be damaged or corrupt.\n(" + detail(d) + ")";
            case SHORT_READ -> "The " + source
                    + " appears to have been cut short in the middle of a packet or other data.";
            // tshark really has no line break before the parenthesis in these two
            case DECOMPRESS -> "The " + source + " cannot be decompressed; it may be damaged or corrupt."
                    + "(" + detail(d) + ")";
            case DECOMPRESSION_NOT_SUPPORTED -> "The " + source
                    + " cannot be decompressed; it is compressed in a way that we don't support."
                    + "(" + detail(d) + ")";
        };
    }

    /** The message for a problem met while reading records of the input {@code source}. */
    static String whileReading(String source, Damage d) {
        return switch (d.kind()) {
            case UNKNOWN_FORMAT -> whileOpening(source, d);
            case UNSUPPORTED -> "The " + source + " contains record data that " + PROGRAM
                    + " doesn't support.\n(" + detail(d) + ")";
            case BAD_FILE -> "The " + source + " appears to be damaged or corrupt.\n(" + detail(d) + ")";
            case SHORT_READ -> "The " + source + " appears to have been cut short in the middle of a packet.";
            case DECOMPRESS -> "The " + source + " cannot be decompressed; it may be damaged or corrupt.\n("
                    + detail(d) + ")";
            case DECOMPRESSION_NOT_SUPPORTED -> "The " + source
                    + " cannot be decompressed; it is compressed in a way that we don't support.\n("
                    + detail(d) + ")";
        };
    }

    private static String detail(Damage d) {
        return d.detail() != null ? d.detail() : "no information supplied";
    }
}

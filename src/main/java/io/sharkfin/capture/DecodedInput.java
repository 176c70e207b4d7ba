package io.sharkfin.capture;

/**
 * A stream that decodes another ({@link GzipInput}): how far into the encoded input it has read,
 * for a progress report against the file's size, and why the decoded data ended early.
 */
interface DecodedInput {
    /** Bytes of the encoded input read so far. */
    long inputRead();

    /** Why the decoded data stopped before the input did, once it has ended; null when it was sound. */
    Damage damage();
}

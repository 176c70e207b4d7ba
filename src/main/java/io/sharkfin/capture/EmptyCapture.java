package io.sharkfin.capture;

import java.io.IOException;

/** An empty input: tshark reads an empty file as a capture without frames, and so do we. */
final class EmptyCapture implements CaptureReader {
    private final CaptureData data;

    EmptyCapture(CaptureData data) {
        this.data = data;
    }

    @Override
    public boolean next(Frame frame) {
        return false;
    }

    @Override
    public String format() {
        return "empty";
    }

    @Override
    public int linkType() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}

package io.sharkfin.filter.value;

/**
 * A constant that cannot be made: the message is tshark 4.0.17's own wording, without location
 * (the caller knows which token it converted and reports the span).
 */
public final class ValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public ValueException(String message) {
        super(message);
    }
}

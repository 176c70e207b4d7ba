package io.sharkfin.rules;

/**
 * One way a generated rule differs from its source filter: the part of the filter the target
 * cannot express and what that does to the rule's matches.
 */
public record Loss(Effect effect, String what) {

    /** What a difference does to the generated rule. */
    public enum Effect {
        /** The rule matches more than the filter (more alerts, never fewer). */
        WIDER,
        /** The rule matches less than the filter (it can miss what the filter finds). */
        NARROWER,
        /** Neither wider nor narrower for the traffic a sensor sees, but worth knowing. */
        NOTE
    }

    public static Loss wider(String what) {
        return new Loss(Effect.WIDER, what);
    }

    public static Loss narrower(String what) {
        return new Loss(Effect.NARROWER, what);
    }

    public static Loss note(String what) {
        return new Loss(Effect.NOTE, what);
    }

    @Override
    public String toString() {
        return effect.name().toLowerCase() + ": " + what;
    }
}

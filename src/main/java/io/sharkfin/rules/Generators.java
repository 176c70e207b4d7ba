package io.sharkfin.rules;

/** Dispatch to the generator of a target. */
public final class Generators {
    private Generators() {
    }

    public static GeneratedRule generate(GeneratedRule.Target target, RuleSource source) {
        return switch (target) {
            case SURICATA -> SuricataGenerator.generate(source);
            case BPF -> BpfGenerator.generate(source);
            case SIGMA -> SigmaGenerator.generate(source);
        };
    }
}

package io.sharkfin.filter.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Defines generated filter classes as hidden classes in this package (a hidden class must live in
 * its lookup's package), with their constants as class data. Hidden classes are unloaded when the
 * filter is no longer reachable, so a REPL compiling a filter per keystroke does not leak classes.
 */
public final class HiddenClasses {

    /** The package generated classes are named in. */
    public static final String PACKAGE = HiddenClasses.class.getPackageName();

    private HiddenClasses() {
    }

    /** Defines the class and returns a new instance of it. */
    public static PacketTest define(byte[] classBytes, List<Object> classData) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(classBytes, classData, true);
            Object instance = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
            return (PacketTest) instance;
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot define generated filter class", t);
        }
    }
}

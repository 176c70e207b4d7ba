package io.sharkfin.filter.value;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.TimeZone;

/**
 * Runs a test class in UTC, the zone the recorded tshark verdicts were made in (absolute times
 * without a zone are local time), and restores the JVM's zone afterwards.
 */
final class InUtc implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InUtc.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("zone", TimeZone.getDefault());
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TimeZone.setDefault(context.getStore(NS).get("zone", TimeZone.class));
    }
}

package io.sharkfin.ioc;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON report validates against the schema kept in the repo
 * ({@code src/main/resources/io/sharkfin/ioc/iocs-report.schema.json}) on every shared capture,
 * and the schema is strict enough to reject a report that lost a member or gained one.
 */
class ReportSchemaTest {

    private static JsonSchema schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/io/sharkfin/ioc/iocs-report.schema.json")) {
            assertNotNull(in, "schema on the class path");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCapturesReportValidates() {
        return IocTestSupport.reportedCaptures().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            JsonNode json = IocTestSupport.json(IocTestSupport.report(c));
            Set<ValidationMessage> errors = schema.validate(json);
            assertTrue(errors.isEmpty(), c + ": " + errors);
            assertEquals(c.toString(), json.get("capture").get("file").asText());
        }));
    }

    @Test
    void schemaRejectsAMissingOrExtraMember() {
        JsonNode good = IocTestSupport.json(IocTestSupport.report(IocTestSupport.LAB_C2));
        com.fasterxml.jackson.databind.node.ObjectNode missing = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing.get("capture")).remove("frames");
        assertFalse(schema.validate(missing).isEmpty());
        com.fasterxml.jackson.databind.node.ObjectNode extra = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("findings").get(0)).put("guess", true);
        assertFalse(schema.validate(extra).isEmpty());
        com.fasterxml.jackson.databind.node.ObjectNode badScore = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badScore.get("cadence").get(0)).put("score", 150);
        assertFalse(schema.validate(badScore).isEmpty());
    }
}

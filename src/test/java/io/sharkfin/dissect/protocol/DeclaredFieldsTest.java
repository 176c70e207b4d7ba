package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class that lists its field constants through {@link DeclaredFields} lists each of its
 * public {@link FieldSpec} and {@link Expert.Info} constants, in declaration order, and nothing
 * else: a constant declared without {@code SPECS.add} would be missing from the registry.
 */
class DeclaredFieldsTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @TestFactory
    Stream<DynamicTest> everyHolderListsEveryConstant() throws IOException {
        List<String> holders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            holders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(DeclaredFieldsTest::usesDeclaredFields)
                    .map(f -> SOURCES.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .sorted().toList();
        }
        assertTrue(holders.size() >= 17, "holders found: " + holders);
        return holders.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Class<?> holder = Class.forName(name);
            Field specs = holder.getDeclaredField("SPECS");
            specs.setAccessible(true);
            List<FieldSpec> listed = ((DeclaredFields) specs.get(null)).list();
            assertEquals(constants(holder), listed);
        }));
    }

    private static boolean usesDeclaredFields(Path file) {
        try {
            return Files.readString(file).contains("new DeclaredFields()");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The public static field and expert constants of {@code holder}, in declaration order. */
    private static List<FieldSpec> constants(Class<?> holder) throws IllegalAccessException {
        List<FieldSpec> out = new ArrayList<>();
        for (Field f : holder.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m)) {
                Object v = f.get(null);
                if (v instanceof FieldSpec s) {
                    out.add(s);
                } else if (v instanceof Expert.Info i) {
                    out.add(i.field());
                }
            }
        }
        return out;
    }
}

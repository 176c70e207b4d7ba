import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites, in place, the class files of a jar that are older than Java 6 (picocli's are Java 5
 * class files) as Java 8 class files with stack maps: the JVM's ahead-of-time cache leaves
 * pre-Java 6 classes out ("Old class has been linked"), and every run that builds picocli's
 * command line then loaded and verified its ~190 classes from the jar with the old verifier.
 * The bytecode is unchanged; only the version and the StackMapTable attributes, which the
 * class-file API computes, are new.
 *
 * <p>usage: {@code java src/build/UpgradeOldClasses.java JAR} (run by {@code bin/mvn package}
 * after the shaded jar is made and before the cache's training run)
 */
public final class UpgradeOldClasses {
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, ZipEntry> meta = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
                meta.put(entry.getName(), entry);
            }
        }
        ClassHierarchyResolver fromJar = ClassHierarchyResolver.ofResourceParsing((ClassDesc d) -> {
            byte[] b = entries.get(d.descriptorString().substring(1, d.descriptorString().length() - 1) + ".class");
            return b == null ? null : new ByteArrayInputStream(b);
        });
        ClassFile upgrade = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                ClassFile.ClassHierarchyResolverOption.of(fromJar.orElse(ClassHierarchyResolver.defaultResolver())));
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
            } else {
                builder.with(element);
            }
        };
        // code passed through untouched keeps its (missing) stack maps: rebuild every body
        ClassTransform toJava8 = version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
        int upgraded = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] b = e.getValue();
            if (e.getKey().endsWith(".class") && b.length > 8 && major(b) < JAVA_6) {
                e.setValue(upgrade.transformClass(upgrade.parse(b), toJava8));
                upgraded++;
            }
        }
        if (upgraded == 0) {
            return;
        }
        Path out = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(meta.get(e.getKey()).getTime());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int major(byte[] b) {
        return ((b[6] & 0xff) << 8) | (b[7] & 0xff);
    }
}

package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annaref.bridge.JdkMath;
import org.junit.jupiter.api.Test;

/** KeY's stub of the JDK bridge declares exactly the bridge's public methods. */
class BridgeStubTest {
    private static final Pattern DECLARATION = Pattern.compile(
            "public static (\\w+) (\\w+)\\(([^)]*)\\);");

    @Test
    void stubAndBridgeHaveTheSameSignatures() throws IOException {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        String stub = Files.readString(root.resolve(
                "proofs/src/main/keystubs/org/annaref/bridge/JdkMath.java"));
        Set<String> stubbed = new TreeSet<>();
        Matcher m = DECLARATION.matcher(stub);
        while (m.find()) {
            String params = Arrays.stream(m.group(3).split(","))
                    .map(String::strip).filter(p -> !p.isEmpty())
                    .map(p -> p.split("\\s+")[0]).reduce((a, b) -> a + "," + b).orElse("");
            stubbed.add(m.group(1) + " " + m.group(2) + "(" + params + ")");
        }
        Set<String> bridged = new TreeSet<>();
        for (Method method : JdkMath.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                String params = Arrays.stream(method.getParameterTypes()).map(Class::getName)
                        .reduce((a, b) -> a + "," + b).orElse("");
                bridged.add(method.getReturnType().getName() + " " + method.getName() + "("
                        + params + ")");
            }
        }
        assertEquals(bridged, stubbed);
    }
}

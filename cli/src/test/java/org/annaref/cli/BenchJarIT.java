package org.annaref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code annaref bench} from the shaded jar, as the launcher runs it: with
 * {@code --add-modules jdk.incubator.vector} it prints the ratio table; without it, it exits 2
 * naming the flag (instead of failing with a class-loading error).
 */
class BenchJarIT {
    private static String[] run(boolean vectorModule, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (vectorModule) {
            command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        command.addAll(List.of("-jar", System.getProperty("annaref.jar", "target/annaref.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(process.waitFor()), out};
    }

    @Test
    void withTheVectorModuleTheTableIsPrinted() throws Exception {
        String[] r = run(true, "bench", "--preset", "tiny");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("twin / reference ANNA") && r[1].contains("A.1 implied s"), r[1]);
    }

    @Test
    void withoutItTheCommandNamesTheFlag() throws Exception {
        String[] r = run(false, "bench", "--preset", "tiny");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("--add-modules jdk.incubator.vector"), r[1]);
    }

    @Test
    void theLauncherPassesTheFlagForBench() throws Exception {
        // The launcher is a shell script beside the reactor's POM; its bench line is the one
        // place the flag is added for users.
        String launcher = Files.readString(Path.of("..", "annaref"));
        assertTrue(launcher.contains("exec java --add-modules jdk.incubator.vector -jar"),
                launcher);
    }
}

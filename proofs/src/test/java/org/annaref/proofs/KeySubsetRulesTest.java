package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rules for the KeY-checked sources that KeY itself reports badly or not at all: every
 * loop carries loop_invariant, decreases and assignable; no local name is declared twice in one
 * method (KeY 2.12.3 then fails with "Name already in namespace" and no file name); none of the
 * constructs KeY's front end rejects.
 */
class KeySubsetRulesTest {
    private static final Pattern LOOP = Pattern.compile("^\\s*(for|while)\\s*\\(");
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:^|[;{(\\s])(?:final\\s+)?(?:int|long|double|boolean|float|short|byte|char|String"
            + "|[A-Z]\\w*)(?:\\[\\])*\\s+([a-z]\\w*)\\s*(?:=|;|:)");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "->|\\brecord\\s+[A-Z]|(^|[\\s(])var\\s+[a-z]|import\\s+static|<[A-Z][A-Za-z0-9_, ?]*>"
            + "|\\bswitch\\b|for\\s*\\([^;]*:[^;]*\\)|instanceof\\s+\\w+\\s+\\w+");
    /** Loops whose termination is only probabilistic: KeY cannot state a decreases clause. */
    private static final List<String> NO_DECREASES = List.of("SplitMix64.java");

    private static List<Path> sources() throws IOException {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("spec/src/main/java", "reference/src/main/java")) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    /** The text with comments blanked out (line structure kept), JML included. */
    private static String withoutComments(String text, boolean keepJml) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL).matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String comment = m.group();
            boolean jml = comment.startsWith("/*@") || comment.startsWith("//@");
            out.append(keepJml && jml ? comment : comment.replaceAll("[^\\n]", " "));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    @Test
    void everyLoopIsAnnotated() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = withoutComments(Files.readString(file), true).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!LOOP.matcher(lines[i]).find()) {
                    continue;
                }
                StringBuilder jml = new StringBuilder();
                int j = i - 1;
                while (j >= 0 && lines[j].isBlank()) {
                    j--;
                }
                if (j >= 0 && lines[j].strip().endsWith("@*/")) {
                    while (j >= 0 && !lines[j].contains("/*@")) {
                        jml.insert(0, lines[j--]);
                    }
                    if (j >= 0) {
                        jml.insert(0, lines[j]);
                    }
                }
                String block = jml.toString();
                boolean decreasesOptional = NO_DECREASES.contains(file.getFileName().toString());
                if (!block.contains("loop_invariant") || !block.contains("assignable")
                        || (!decreasesOptional && !block.contains("decreases"))) {
                    problems.add(file.getFileName() + ":" + (i + 1) + ": loop without"
                            + " loop_invariant/decreases/assignable");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noLocalNameIsDeclaredTwiceInOneMethod() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = withoutComments(Files.readString(file), false).split("\n", -1);
            int depth = 0;
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < lines.length; i++) {
                for (char ch : lines[i].toCharArray()) {
                    if (ch == '{' && ++depth == 2) {
                        names.clear();
                    } else if (ch == '}') {
                        depth--;
                    }
                }
                if (depth < 2) {
                    continue;
                }
                Matcher m = DECLARATION.matcher(lines[i]);
                while (m.find()) {
                    Integer first = names.putIfAbsent(m.group(1), i + 1);
                    if (first != null && first != i + 1) {
                        problems.add(file.getFileName() + ":" + (i + 1) + ": '" + m.group(1)
                                + "' declared again (first at line " + first + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noConstructKeyRejects() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = withoutComments(Files.readString(file), false).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = FORBIDDEN.matcher(lines[i]);
                if (m.find()) {
                    problems.add(file.getFileName() + ":" + (i + 1) + ": '" + m.group().strip()
                            + "' is outside KeY's Java subset");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}

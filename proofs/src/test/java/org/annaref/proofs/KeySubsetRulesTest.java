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
 * loop carries loop_invariant, decreases and assignable; every public method and constructor has
 * a JML contract of its own; no local name is declared twice in one method (KeY 2.12.3 then fails
 * with "Name already in namespace" and no file name); none of the constructs KeY's front end
 * rejects.
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
    /** A specification case that makes a JML block a contract (KeY accepts both spellings). */
    private static final Pattern CONTRACT =
            Pattern.compile("\\b(?:normal_|exceptional_)?behaviou?r\\b");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(class|interface|enum)\\s+[A-Z]\\w*");
    /** A public method or constructor: modifiers, an optional result type, the name, "(". */
    private static final Pattern PUBLIC_MEMBER = Pattern.compile(
            "^\\s*public\\s+(?:(?:static|final|abstract|synchronized|native|strictfp)\\s+)*"
            + "(?:[\\w.]+(?:\\[\\])*\\s+)?(\\w+)\\s*\\(");
    /** A method of an interface, public whether or not it says so. */
    private static final Pattern INTERFACE_MEMBER = Pattern.compile(
            "^\\s*(?:public\\s+)?(?:(?:static|abstract|default)\\s+)*[\\w.]+(?:\\[\\])*\\s+(\\w+)"
            + "\\s*\\(");
    private static final Pattern ANNOTATION = Pattern.compile("^\\s*@[A-Za-z]");
    /** String and character literals, blanked before braces are counted. */
    private static final Pattern STRING_OR_CHAR =
            Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");
    /**
     * Public methods whose file another engineer owns right now, as "File.java:method". Each entry
     * must still lack a contract: once the owner adds one, this rule fails until the entry goes.
     * No other exemption exists (toString() may go without, though every toString() has one).
     */
    private static final List<String> PENDING = List.of();

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

    /**
     * Every public method and constructor of spec/ and reference/ (interface methods included) is
     * preceded, past its javadoc and annotations, by a JML block with a normal_behavior or
     * exceptional_behavior case: its own contract, not only one it inherits.
     */
    @Test
    void everyPublicMethodHasAContract() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pendingSeen = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            String[] jml = withoutComments(text, true).split("\n", -1);
            String[] code = STRING_OR_CHAR.matcher(withoutComments(text, false)).replaceAll("\"\"")
                    .split("\n", -1);
            List<String> open = new ArrayList<>();
            String pendingBody = null;
            for (int i = 0; i < code.length; i++) {
                String scope = open.isEmpty() ? "file" : open.get(open.size() - 1);
                String name = memberName(code[i], scope);
                if (name != null) {
                    String member = file.getFileName() + ":" + name;
                    boolean contracted = hasContractAbove(jml, i);
                    if (PENDING.contains(member)) {
                        pendingSeen.add(member);
                        if (contracted) {
                            problems.add(file.getFileName() + ":" + (i + 1) + ": '" + name
                                    + "' has a contract now: remove it from PENDING");
                        }
                    } else if (!contracted && !name.equals("toString")) {
                        problems.add(file.getFileName() + ":" + (i + 1) + ": public '" + name
                                + "' has no JML contract (behavior, normal_behavior or exceptional_behavior)");
                    }
                }
                Matcher type = TYPE_DECLARATION.matcher(code[i]);
                if (type.find()) {
                    pendingBody = type.group(1);
                }
                for (char ch : code[i].toCharArray()) {
                    if (ch == '{') {
                        open.add(pendingBody != null ? pendingBody : "block");
                        pendingBody = null;
                    } else if (ch == '}' && !open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
            }
        }
        for (String member : PENDING) {
            if (!pendingSeen.contains(member)) {
                problems.add(member + ": listed in PENDING but not found: remove it");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The name of the public method or constructor declared on this line, or null. */
    private static String memberName(String line, String scope) {
        if (!scope.equals("class") && !scope.equals("interface") && !scope.equals("enum")) {
            return null;
        }
        Matcher m = PUBLIC_MEMBER.matcher(line);
        if (m.find()) {
            return m.group(1);
        }
        if (scope.equals("interface")) {
            Matcher im = INTERFACE_MEMBER.matcher(line);
            if (im.find() && !line.contains("=")) {
                return im.group(1);
            }
        }
        return null;
    }

    /** True when the first thing above line i, past blank (javadoc) and annotation lines, is a
     *  JML block holding a behavior, normal_behavior or exceptional_behavior case. */
    private static boolean hasContractAbove(String[] jml, int i) {
        int j = i - 1;
        while (j >= 0 && (jml[j].isBlank() || ANNOTATION.matcher(jml[j]).find())) {
            j--;
        }
        if (j < 0 || !jml[j].strip().endsWith("@*/")) {
            return false;
        }
        StringBuilder block = new StringBuilder();
        while (j >= 0 && !jml[j].contains("/*@")) {
            block.insert(0, jml[j--]);
        }
        if (j >= 0) {
            block.insert(0, jml[j]);
        }
        return CONTRACT.matcher(block).find();
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

package org.annaref.proofs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantifier instantiation a proof needs and KeY's automation does not find by itself,
 * written {@code [instantiate q:=at]} after the contract's id in required.txt: when automatic
 * mode stops with open goals, every open goal gets the instance {@code at} of its formula
 * quantified over {@code q} (an antecedent \forall or a succedent \exists, KeY's proof-script
 * command {@code instantiate}), and automatic mode resumes. The proof is still KeY's, rule by
 * rule; the hint only supplies the term.
 *
 * <p>The typical case: a hypothesis {@code \forall q; ... !(\forall s; ...)}, whose body KeY
 * turns into an existential; its heuristics then never instantiate {@code q}.
 *
 * @param variable the bound variable's name in the formula (the JML name)
 * @param term the instance, a term over the proof obligation's symbols (e.g. a parameter)
 */
public record Instantiation(String variable, String term) {
    private static final Pattern MARKER =
            Pattern.compile("\\[instantiate ([A-Za-z_]\\w*):=([A-Za-z_]\\w*)\\]");

    /** Whether {@code marker} is written as an instantiation (well-formed or not). */
    static boolean isMarker(String marker) {
        return marker.startsWith("[instantiate ");
    }

    /** The instantiation written as {@code [instantiate VAR:=TERM]}; an exception otherwise. */
    public static Instantiation ofMarker(String marker) {
        Matcher m = MARKER.matcher(marker);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed instantiation '" + marker
                    + "' (expected [instantiate VARIABLE:=NAME], e.g. [instantiate q:=at])");
        }
        return new Instantiation(m.group(1), m.group(2));
    }

    /** The text written after the id in required.txt. */
    public String marker() {
        return "[instantiate " + variable + ":=" + term + "]";
    }

    /** The proof-script command that applies it to the selected goal. */
    String scriptCommand() {
        return "instantiate var=\"" + variable + "\" with=\"" + term + "\";";
    }
}

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
 * turns into an existential; its heuristics then never instantiate {@code q}. Several hints
 * apply in the order written, so {@code [instantiate k:=k_0] [instantiate q:=q_0]} peels
 * {@code \forall k; \forall q; ...} one quantifier after the other.
 *
 * @param variable the bound variable's name in the formula (the JML name)
 * @param term the instance: a name in the open goal, either a parameter of the method
 *     ({@code at}) or a Skolem constant automatic mode introduced before it stopped (KeY names
 *     it after its bound variable: {@code p_0}). KeY's proof search is deterministic, so the
 *     name is the same in every run of the same proof; should it change, the proof is reported
 *     open, never wrongly closed.
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

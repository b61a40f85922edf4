package org.annaref.proofs;

import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.logic.op.IProgramMethod;
import de.uka.ilkd.key.speclang.Contract;

/**
 * The stable, readable name of one JML contract, as written in {@code proofs/contracts/*.txt}:
 * {@code <class without org.annaref.>::<method>(<parameter types>) <behavior>.<n>}, e.g.
 * {@code spec.WeightBound::collisionTotal(int[],int,int) normal_behavior.0}. The index n counts
 * the method's specification cases of that behavior, from 0, as KeY numbers them. A contract a
 * class inherits from an interface ends in {@code @<interface>}, e.g.
 * {@code reference.anna.AnnaAlgorithm1::attend(spec.Matrix,spec.Matrix,spec.Matrix) behavior.0@spec.Attention}.
 */
public record ContractId(String type, String method, String behavior) implements Comparable<ContractId> {
    private static final String BASE_PACKAGE = "org.annaref.";

    /** The id of a KeY contract. */
    public static ContractId of(Contract contract) {
        String type = shorten(contract.getKJT().getFullName());
        IObserverFunction target = contract.getTarget();
        StringBuilder method = new StringBuilder(target.name().toString());
        int separator = method.indexOf("::");
        if (separator >= 0) {
            method.delete(0, separator + 2);
        }
        method.append('(');
        if (target instanceof IProgramMethod pm) {
            for (int p = 0; p < pm.getParameterDeclarationCount(); p++) {
                if (p > 0) {
                    method.append(',');
                }
                KeYJavaType t = pm.getParameterType(p);
                method.append(javaName(t.getFullName()));
            }
        }
        method.append(')');
        return new ContractId(type, method.toString(), behaviorOf(contract.getName())
                + inheritedFrom(contract));
    }

    /** The type of {@link #library} ids. */
    public static final String LIBRARY = "(library)";

    /** A contract of a library class (KeY's java.lang model, the bridge stub), by KeY's name. */
    public static ContractId library(String keyName) {
        return new ContractId(LIBRARY, keyName.replace(' ', '_'), "trusted");
    }

    /** True for {@link #library} ids. */
    public boolean isLibrary() {
        return LIBRARY.equals(type);
    }

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "([\\w.$]+)::([\\w$<>]+\\([^() ]*\\)) ((?:(?:normal_|exceptional_|model_)?behavior|accessible)\\.\\d+"
            + "(?:@[\\w.$]+)?)");

    /** Parses the text form written by {@link #toString()}. */
    public static ContractId parse(String text) {
        java.util.regex.Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a contract id (expected"
                    + " 'pkg.Class::method(types) behavior.n'): " + text);
        }
        return new ContractId(m.group(1), m.group(2), m.group(3));
    }

    /**
     * Parses the text form of any id, {@link #library} ids included (which {@link #parse}
     * rejects: they are not for the contract lists, but a proof's {@code uses} holds them).
     */
    public static ContractId parseAny(String text) {
        String prefix = LIBRARY + "::";
        String suffix = " trusted";
        if (text.startsWith(prefix) && text.endsWith(suffix)
                && text.length() > prefix.length() + suffix.length()) {
            return library(text.substring(prefix.length(), text.length() - suffix.length()));
        }
        return parse(text);
    }

    /** KeY names array types by descriptor ("[I", "[Lpkg.T"); this turns them into "int[]", "T[]". */
    static String javaName(String keyName) {
        int dims = 0;
        while (dims < keyName.length() && keyName.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return shorten(keyName);
        }
        String element = keyName.substring(dims);
        String base = switch (element) {
            case "I" -> "int";
            case "J" -> "long";
            case "D" -> "double";
            case "Z" -> "boolean";
            case "F" -> "float";
            case "B" -> "byte";
            case "S" -> "short";
            case "C" -> "char";
            default -> shorten(element.startsWith("L") ? element.substring(1).replace(";", "")
                    : element);
        };
        return base + "[]".repeat(dims);
    }

    private static String shorten(String name) {
        return name.startsWith(BASE_PACKAGE) ? name.substring(BASE_PACKAGE.length()) : name;
    }

    /**
     * "@spec.Attention" when the contract is inherited from another type (KeY names it
     * {@code Impl[spec.Attention::attend(...)]}), else "": an implementation's own contract and
     * the one it inherits would otherwise share an id.
     */
    private static String inheritedFrom(Contract contract) {
        String name = contract.getName();
        int open = name.indexOf('[');
        int colons = name.indexOf("::", open);
        if (open < 0 || colons < 0) {
            return "";
        }
        String declaring = name.substring(open + 1, colons);
        return declaring.equals(contract.getKJT().getFullName()) ? "" : "@" + shorten(declaring);
    }

    /**
     * "...JML normal_behavior operation contract.0" -> "normal_behavior.0"; a dependency
     * contract (an {@code accessible} clause) "...JML accessible clause.0" -> "accessible.0".
     */
    private static String behaviorOf(String keyName) {
        String marker = "JML ";
        int start = keyName.lastIndexOf(marker);
        String rest = start >= 0 ? keyName.substring(start + marker.length()) : keyName;
        String behavior = rest.split(" ")[0];
        int dot = keyName.lastIndexOf('.');
        String index = dot >= 0 ? keyName.substring(dot + 1) : "0";
        return behavior + "." + index;
    }

    @Override
    public int compareTo(ContractId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return type + "::" + method + " " + behavior;
    }
}

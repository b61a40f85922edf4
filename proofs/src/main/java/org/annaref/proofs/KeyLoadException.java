package org.annaref.proofs;

/** KeY rejected the sources: a Java or JML parse or type error (the message has file:line). */
public final class KeyLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

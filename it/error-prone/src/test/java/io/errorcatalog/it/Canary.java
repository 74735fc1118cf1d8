package io.errorcatalog.it;

/** Breaks one Error Prone check on purpose, so the build shows that Error Prone ran. */
public final class Canary {
    public String toString() {
        return "canary";
    }
}

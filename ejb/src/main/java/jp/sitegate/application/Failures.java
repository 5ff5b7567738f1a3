package jp.sitegate.application;

/**
 * What a failure that escaped a service means to its caller (issue 13: the interfaces layer asks here instead of
 * knowing JPA's exceptions).
 */
public final class Failures {
    private Failures() {
    }

    /**
     * @param t a failure (as thrown, or its cause)
     * @return true when another user updated the same row first (a JPA optimistic-lock failure): answer 409
     */
    public static boolean concurrentUpdate(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException;
    }
}

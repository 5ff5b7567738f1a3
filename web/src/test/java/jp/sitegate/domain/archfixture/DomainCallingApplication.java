package jp.sitegate.domain.archfixture;

/**
 * A deliberate violation for LayerRulesTest (issue 13): a "domain" class that calls the application layer. It lives in
 * the test sources, so the rules applied to the real code never see it.
 */
public final class DomainCallingApplication {
    private DomainCallingApplication() {
    }

    /** @return a name from the application layer, which the domain must not know */
    public static String violation() {
        return jp.sitegate.application.Caller.class.getName();
    }
}

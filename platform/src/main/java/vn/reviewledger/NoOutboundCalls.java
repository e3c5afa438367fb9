package vn.reviewledger;

/**
 * Axon's anonymous usage reporting and console banner are switched by JVM system properties, not
 * Spring ones; setting them here, before Spring starts, covers every launch path. An operator who
 * sets them explicitly keeps their value.
 */
public final class NoOutboundCalls {

    private NoOutboundCalls() {
    }

    public static void apply() {
        setIfAbsent("axoniq.update-checker.disabled", "true");
        setIfAbsent("disable-axoniq-console-message", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

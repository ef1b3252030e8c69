package shop.orders;

/** The sample's one check, run by the stand-in wrapper as Gradle would run a test. */
public final class VersionCheck {
    public static void main(String[] args) {
        if (App.VERSION.isBlank()) {
            System.exit(1);
        }
    }
}

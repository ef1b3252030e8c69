package shop.orders;

/** The sample service the Gradle template delivers. */
public final class App {
    static final String VERSION = "v1";

    public static void main(String[] args) {
        System.out.println("orders service " + VERSION);
    }
}

package shop.orders;

/** The sample service the end-to-end test delivers. */
public final class App {
    public static void main(String[] args) {
        System.out.println("orders service " + Version.NAME);
    }
}

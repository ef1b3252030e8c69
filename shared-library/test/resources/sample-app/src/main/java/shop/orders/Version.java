package shop.orders;

final class Version {
    static final String NAME = "v1";

    private Version() {
    }
}

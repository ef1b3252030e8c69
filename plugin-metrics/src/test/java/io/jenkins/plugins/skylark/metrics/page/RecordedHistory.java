package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@link PageHistory}'s history recorded once per test class into a fresh in-memory database. */
final class RecordedHistory implements BeforeAllCallback, AfterAllCallback {

    private MetricsDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PageHistory.recorded();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    MetricsDatabase database() {
        return database;
    }

    MetricsPage page() {
        return PageHistory.page(database);
    }
}

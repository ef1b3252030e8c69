package io.jenkins.plugins.skylark.harness;

import java.util.Locale;
import org.jvnet.localizer.LocaleProvider;

/**
 * A page viewer's language for the duration of a test, as Jenkins would set it from the request's
 * {@code Accept-Language}; the controller's own default language can be set apart from it, so a test
 * shows which of the two a text follows. Restores both on {@link #close()}.
 */
public final class ViewerLanguage implements AutoCloseable {
    private final LocaleProvider previousProvider = LocaleProvider.getProvider();
    private final Locale previousDefault = Locale.getDefault();

    private ViewerLanguage(Locale viewer, Locale controller) {
        LocaleProvider.setProvider(new LocaleProvider() {
            @Override
            public Locale get() {
                return viewer;
            }
        });
        Locale.setDefault(controller);
    }

    /** The viewer reads {@code viewer}; the controller's default language is {@code controller}. */
    public static ViewerLanguage of(Locale viewer, Locale controller) {
        return new ViewerLanguage(viewer, controller);
    }

    @Override
    public void close() {
        LocaleProvider.setProvider(previousProvider);
        Locale.setDefault(previousDefault);
    }
}

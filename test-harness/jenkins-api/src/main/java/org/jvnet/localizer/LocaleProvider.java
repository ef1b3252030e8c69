package org.jvnet.localizer;

import java.util.Locale;

/**
 * Stand-in of the localizer library's locale provider (bundled with Jenkins core; Jenkins installs one
 * that answers the current request's locale). Same members as the real class.
 */
public abstract class LocaleProvider {

    public static final LocaleProvider DEFAULT = new LocaleProvider() {
        @Override
        public Locale get() {
            return Locale.getDefault();
        }
    };

    private static volatile LocaleProvider theInstance = DEFAULT;

    public abstract Locale get();

    public static void setProvider(LocaleProvider p) {
        if (p == null) {
            throw new IllegalArgumentException();
        }
        theInstance = p;
    }

    public static LocaleProvider getProvider() {
        return theInstance;
    }

    public static Locale getLocale() {
        return theInstance.get();
    }
}

package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import java.util.Arrays;

/** Factories of {@link CredentialsMatcher}s, and lookups with them. */
public class CredentialsMatchers {
    private CredentialsMatchers() {
    }

    public static CredentialsMatcher always() {
        return c -> true;
    }

    public static CredentialsMatcher never() {
        return c -> false;
    }

    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        return clazz::isInstance;
    }

    public static CredentialsMatcher withId(String id) {
        return c -> c instanceof IdCredentials withId && id.equals(withId.getId());
    }

    public static CredentialsMatcher allOf(CredentialsMatcher... matchers) {
        CredentialsMatcher[] all = matchers.clone();
        return c -> Arrays.stream(all).allMatch(m -> m.matches(c));
    }

    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        CredentialsMatcher[] any = matchers.clone();
        return c -> Arrays.stream(any).anyMatch(m -> m.matches(c));
    }

    public static <C extends Credentials> C firstOrNull(Iterable<C> credentials, CredentialsMatcher matcher) {
        for (C c : credentials) {
            if (matcher.matches(c)) {
                return c;
            }
        }
        return null;
    }
}

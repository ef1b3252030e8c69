package hudson.remoting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Restricts which classes may be deserialised (remoting) and, in Jenkins core, which classes XStream
 * may write and read. {@link #DEFAULT} delegates to what {@link #setDefault} installed: {@link #STANDARD}
 * (remoting's blacklist of known gadget packages) until Jenkins installs its own filter, as the test
 * harness does with Jenkins' JEP-200 rule.
 */
public abstract class ClassFilter {
    /** Remoting's standard blacklist (regular expressions over class names). */
    private static final List<Pattern> STANDARD_BLACKLIST = List.of(
            "^bsh[.].*", "^com[.]google[.]inject[.].*", "^com[.]mchange[.]v2[.]c3p0[.].*", "^com[.]sun[.]jndi[.].*",
            "^com[.]sun[.]corba[.].*", "^com[.]sun[.]javafx[.].*", "^com[.]sun[.]org[.]apache[.]regex[.]internal[.].*",
            "^java[.]awt[.].*", "^java[.]lang[.]reflect[.]Method$", "^java[.]rmi[.].*", "^javax[.]management[.].*",
            "^javax[.]naming[.].*", "^javax[.]script[.].*", "^javax[.]swing[.].*", "^net[.]sf[.]json[.].*",
            "^org[.]apache[.]commons[.]beanutils[.].*", "^org[.]apache[.]commons[.]collections[.]functors[.].*",
            "^org[.]apache[.]myfaces[.].*", "^org[.]apache[.]wicket[.].*", ".*org[.]apache[.]xalan.*",
            "^org[.]codehaus[.]groovy[.]runtime[.].*", "^org[.]hibernate[.].*", "^org[.]python[.].*",
            "^org[.]springframework[.](?!(\\p{Alnum}+[.])*\\p{Alnum}*Exception$).*", "^sun[.]rmi[.].*",
            "^javax[.]imageio[.].*", "^java[.]util[.]ServiceLoader$", "^java[.]net[.]URLClassLoader$",
            "^java[.]security[.]SignedObject$").stream().map(Pattern::compile).toList();

    private static volatile ClassFilter current;

    public static final ClassFilter STANDARD = new ClassFilter() {
        @Override
        public boolean isBlacklisted(String name) {
            return STANDARD_BLACKLIST.stream().anyMatch(p -> p.matcher(name).matches());
        }
    };

    public static final ClassFilter NONE = new ClassFilter() {
    };

    public static final ClassFilter DEFAULT = new ClassFilter() {
        @Override
        public boolean isBlacklisted(Class<?> c) {
            return current.isBlacklisted(c);
        }

        @Override
        public boolean isBlacklisted(String name) {
            return current.isBlacklisted(name);
        }
    };

    static {
        current = STANDARD;
    }

    /** Changes what {@link #DEFAULT} applies. */
    public static void setDefault(ClassFilter filter) {
        current = filter;
    }

    /** Whether a class must be refused, by name, before it is loaded. */
    public boolean isBlacklisted(String name) {
        return false;
    }

    /** Whether a loaded class must be refused. */
    public boolean isBlacklisted(Class<?> c) {
        return false;
    }

    public final String check(String name) {
        if (isBlacklisted(name)) {
            throw new SecurityException("Rejected: " + name + "; see https://jenkins.io/redirect/class-filter/");
        }
        return name;
    }

    public final Class<?> check(Class<?> c) {
        if (isBlacklisted(c)) {
            throw new SecurityException("Rejected: " + c.getName() + "; see https://jenkins.io/redirect/class-filter/");
        }
        return c;
    }
}

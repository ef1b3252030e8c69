package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a web method to HTTP POST (Jenkins' crumb filter then checks the crumb). The real
 * annotation is also meta-annotated with Stapler's interceptor annotation, which the stand-in leaves
 * out: only the compiled reference matters here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface POST {
}

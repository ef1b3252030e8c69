package io.jenkins.plugins.skylark.harness.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a Jenkinsfile keep its {@code @Library('name') _} line; the runner's library is configured by
 * the test, so the annotation only has to compile.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.LOCAL_VARIABLE, ElementType.FIELD, ElementType.METHOD,
    ElementType.PACKAGE, ElementType.PARAMETER, ElementType.CONSTRUCTOR})
public @interface Library {
    String[] value();
}

package io.jenkins.plugins.skylark.harness.prometheus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that start a {@link PrometheusServer}. Without the binary they are skipped with a printed
 * reason, except on CI ({@code CI=true}) where they run and fail, so a missing package is never silent.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PrometheusInstalledCondition.class)
public @interface RequiresPrometheus {
}

package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Short name of a describable for Pipeline / Configuration as Code. The real annotation is also
 * meta-annotated with {@code org.jvnet.hudson.annotation_indexer.Indexed}, which is not on Maven
 * Central; Jenkins finds symbols through the descriptors' extension lists and reads this runtime
 * annotation reflectively, so the stand-in leaves the index meta-annotation out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Symbol {
    String[] value();
}

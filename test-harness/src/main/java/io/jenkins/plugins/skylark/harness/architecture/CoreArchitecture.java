package io.jenkins.plugins.skylark.harness.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Skylark's one architectural rule. A package whose last segment is {@code jenkins} holds the thin
 * Jenkins adapter of its feature (steps, descriptors, configuration, actions); every other package
 * under {@code io.jenkins.plugins.skylark} is core and may use no Jenkins type, so all logic can be
 * built and tested without Jenkins. Core must not reach into adapters either.
 */
public final class CoreArchitecture {
    private static final String ROOT = "io.jenkins.plugins.skylark";

    private CoreArchitecture() {
    }

    /** True for classes in an adapter package ({@code ….jenkins} or below one). */
    public static final DescribedPredicate<JavaClass> ADAPTER = DescribedPredicate.describe(
            "in a Jenkins adapter package (…" + ".jenkins)", CoreArchitecture::isAdapter);

    /** True for Skylark classes outside adapter packages. */
    public static final DescribedPredicate<JavaClass> CORE = DescribedPredicate.describe(
            "Skylark core", type -> isSkylark(type) && !isAdapter(type));

    /** Core classes depend on nothing from Jenkins, Stapler or CloudBees, nor on Skylark adapters. */
    public static final ArchRule CORE_HAS_NO_JENKINS_TYPES = noClasses()
            .that(CORE)
            .should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..")
            .orShould().dependOnClassesThat(ADAPTER)
            .because("Jenkins stays at the edge: core logic is plain Java, tested directly");

    private static boolean isSkylark(JavaClass type) {
        return type.getPackageName().equals(ROOT) || type.getPackageName().startsWith(ROOT + ".");
    }

    private static boolean isAdapter(JavaClass type) {
        if (!isSkylark(type)) {
            return false;
        }
        String relative = type.getPackageName().substring(ROOT.length());
        return relative.endsWith(".jenkins") || relative.contains(".jenkins.");
    }
}

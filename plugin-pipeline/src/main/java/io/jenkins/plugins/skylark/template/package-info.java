/**
 * Pipeline templates: the catalogue format (a YAML descriptor plus Jenkinsfile fragments per template),
 * validation of form values, and rendering into a declarative Jenkinsfile in which every value is a
 * Groovy literal, never code. Plain Java over SnakeYAML and Groovy's parser; no Jenkins types.
 *
 * <p>Entry points: {@link io.jenkins.plugins.skylark.template.TemplateCatalog} finds templates through
 * {@code skylark-templates/index.txt} class-path resources, {@link
 * io.jenkins.plugins.skylark.template.TemplateEngine} validates values and renders.
 */
package io.jenkins.plugins.skylark.template;

package io.jenkins.plugins.skylark.template.catalogue;

/**
 * Why a catalogue (or one of its templates) could not be loaded, for the gallery page.
 *
 * @param catalogueId the catalogue
 * @param file        the file at fault, relative to the catalogue's root
 * @param field       the field path in that file, empty when the whole file is at fault
 * @param line        the line, {@code 0} when unknown
 * @param message     what is wrong, in English (errors from Git or the descriptor reader)
 */
public record CatalogueProblem(String catalogueId, String file, String field, int line, String message) {
}

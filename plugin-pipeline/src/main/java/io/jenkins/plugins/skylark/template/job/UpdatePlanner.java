package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.template.InvalidValuesException;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.TemplateParameter;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the update of a job made from a template: re-renders the newest version with the stored values
 * (new fields take their defaults, values of removed fields are dropped and named) and diffs the job's
 * Jenkinsfile against the result. A Jenkinsfile whose sha-256 differs from the stored one was edited by
 * hand and is never planned over; its plan still carries the diff, for the user to see what detaching keeps.
 */
public final class UpdatePlanner {

    private UpdatePlanner() {
    }

    /**
     * @param origin  what made the job
     * @param script  the job's Jenkinsfile now
     * @param newest  the catalogue's version of the template, empty when no catalogue offers it
     */
    public static UpdatePlan plan(TemplateOrigin origin, String script, Optional<CatalogueTemplate> newest) {
        boolean handEdited = !origin.isUnchanged(script);
        if (newest.isEmpty()) {
            return new UpdatePlan(handEdited ? UpdatePlan.State.HAND_EDITED : UpdatePlan.State.TEMPLATE_MISSING,
                    origin.version(), origin.version(), Map.of(), List.of(), List.of(), "", null, null);
        }
        CatalogueTemplate template = newest.get();
        String toVersion = template.descriptor().version();
        boolean newer = TemplateVersions.compare(toVersion, origin.version()) > 0;
        Map<String, Object> kept = new LinkedHashMap<>(origin.values());
        List<String> removed = origin.values().keySet().stream()
                .filter(name -> template.descriptor().parameter(name).isEmpty()).toList();
        removed.forEach(kept::remove);
        RenderedJenkinsfile rendered;
        try {
            rendered = TemplateEngine.render(template.descriptor(), kept);
        } catch (InvalidValuesException e) {
            return new UpdatePlan(handEdited ? UpdatePlan.State.HAND_EDITED : UpdatePlan.State.VALUES_REJECTED,
                    origin.version(), toVersion, Map.of(), removed, e.errors(), "", null, null);
        }
        String diff = ScriptDiff.unified("Jenkinsfile (" + origin.templateId() + " " + origin.version() + ")", script,
                "Jenkinsfile (" + origin.templateId() + " " + toVersion + ")", rendered.text());
        UpdatePlan.State state = handEdited ? UpdatePlan.State.HAND_EDITED
                : newer ? UpdatePlan.State.UPDATE_AVAILABLE : UpdatePlan.State.UP_TO_DATE;
        return new UpdatePlan(state, origin.version(), newer ? toVersion : origin.version(),
                added(template, origin, rendered), removed, List.of(), diff, rendered.text(),
                TemplateOrigin.of(template, rendered));
    }

    /** Shown fields of the new version the job had no value for, with the value they take. */
    private static Map<String, Object> added(CatalogueTemplate template, TemplateOrigin origin,
            RenderedJenkinsfile rendered) {
        Map<String, Object> added = new LinkedHashMap<>();
        for (TemplateParameter parameter : template.descriptor().parameters()) {
            String name = parameter.name();
            if (!origin.values().containsKey(name) && rendered.values().isShown(name)) {
                added.put(name, rendered.values().values().get(name));
            }
        }
        return added;
    }
}

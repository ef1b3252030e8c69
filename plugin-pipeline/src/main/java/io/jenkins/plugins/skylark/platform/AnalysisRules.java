package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.release.ReleasePlanException;
import io.jenkins.plugins.skylark.release.ReleasePlanParser;
import io.jenkins.plugins.skylark.release.ReleaseProblem;
import java.util.List;

/**
 * Rules for a project's named analyses: the project resolves, the name is unique in the project, and the
 * values follow the release file's rules ({@link ReleasePlanParser#analysis}), each problem on its field.
 */
final class AnalysisRules {

    private AnalysisRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<ProjectAnalysis> analyses = model.analyses();
        List<ProjectAnalysis> sameName = ObjectIds.earlierWithSameKey(analyses,
                analysis -> ObjectIds.keyOf(analysis.projectId(), analysis.name()));
        for (int i = 0; i < analyses.size(); i++) {
            ProjectAnalysis analysis = analyses.get(i);
            Problems.Subject subject = problems.about("analysis",
                    ObjectIds.qualified(analysis.projectId(), analysis.name(), i));
            if (subject.required("projectId", analysis.projectId())) {
                subject.resolves("projectId", model.project(analysis.projectId()).isPresent(), "project",
                        analysis.projectId());
            }
            if (!ObjectIds.isBlank(analysis.name()) && sameName.get(i) != null) {
                subject.add("name", "analysis.duplicateInProject", analysis.name(), analysis.projectId());
            }
            definition(subject, analysis, problems);
        }
    }

    /** The release file's rules, each problem reported on its field; a missing field is "must not be empty". */
    static void definition(Problems.Subject subject, ProjectAnalysis analysis, Problems problems) {
        try {
            ReleasePlanParser.analysis(analysis.values());
        } catch (ReleasePlanException e) {
            for (ReleaseProblem problem : e.problems()) {
                if (problem.missingField().isPresent()) {
                    subject.add(problem.missingField().get(), "required");
                } else {
                    subject.addText(problem.field(), problem.text(problems.locale()));
                }
            }
        }
    }
}

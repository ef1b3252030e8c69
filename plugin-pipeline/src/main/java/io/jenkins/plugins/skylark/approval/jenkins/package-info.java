/**
 * Jenkins adapters of approvals: the request and check steps {@code platformApprove} (shared library)
 * calls around Pipeline's {@code input}, the build action that keeps a build's approvals, and the gate the
 * deploy steps call.
 */
package io.jenkins.plugins.skylark.approval.jenkins;

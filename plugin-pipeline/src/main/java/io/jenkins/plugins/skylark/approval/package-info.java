/**
 * Protected environments: who may approve a deploy, what refuses an approval (not an approver, four
 * eyes) and the gate every deploy step passes. No Jenkins types: the adapters in {@code jenkins} find out
 * who approved (only from what the input step itself recorded) and keep the build's approvals.
 */
package io.jenkins.plugins.skylark.approval;

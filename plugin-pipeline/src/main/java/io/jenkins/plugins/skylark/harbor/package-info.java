/**
 * Harbor, the registry with a vulnerability scanner: a thin client for the few {@code /api/v2.0} calls the steps
 * use ({@link io.jenkins.plugins.skylark.harbor.HarborClient}), the scan overview and the gate applied to it, the
 * wait for a scan (webhook first, polling otherwise) and the reading of Harbor's webhook payloads. Plain Java:
 * the steps live in {@code harbor.jenkins}.
 */
package io.jenkins.plugins.skylark.harbor;

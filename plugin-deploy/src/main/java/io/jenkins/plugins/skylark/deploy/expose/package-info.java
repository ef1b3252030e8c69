/**
 * Load-balancer setup ({@code platformExpose}): turns an expose request into the traffic router's
 * objects (an Ingress or a Gateway API HTTPRoute, plus a Service when needed) and refuses a host and
 * path another application's route in the namespace already serves. No cluster access here.
 */
package io.jenkins.plugins.skylark.deploy.expose;

/**
 * Load-balancer setup ({@code platformExpose}): turns an expose request into the traffic router's
 * objects (an Ingress or a Gateway API HTTPRoute, plus a Service when needed) and refuses a host and
 * path another application's route in the namespace already serves; then, on the cluster, applies them
 * without taking over another manager's fields ({@link io.jenkins.plugins.skylark.deploy.expose.Exposer}),
 * waits until the router serves the route ({@link io.jenkins.plugins.skylark.deploy.expose.RouteWaiter}) and
 * removes only what it created ({@link io.jenkins.plugins.skylark.deploy.expose.Unexposer}).
 */
package io.jenkins.plugins.skylark.deploy.expose;

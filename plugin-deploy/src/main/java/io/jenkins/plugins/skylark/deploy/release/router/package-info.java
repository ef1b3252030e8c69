/**
 * Moving traffic between the stable and the canary version with the environment's router: NGINX ingress
 * (a canary Ingress), Gateway API (HTTPRoute backend weights), Istio (VirtualService route weights) or none
 * (ready-replica ratio). Every write touches only the fields the release owns.
 */
package io.jenkins.plugins.skylark.deploy.release.router;

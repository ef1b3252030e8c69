package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import com.google.common.net.InetAddresses;

/** Whether a load-balancer address is an IP or a DNS name, as Ingress and Gateway status tell them apart. */
final class Addresses {

    private Addresses() {
    }

    static boolean isIp(String address) {
        return InetAddresses.isInetAddress(address);
    }
}

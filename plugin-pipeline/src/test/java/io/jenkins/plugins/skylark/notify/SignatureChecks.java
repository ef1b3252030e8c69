package io.jenkins.plugins.skylark.notify;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The simulators' vendor signature checks, for tests of other packages (the Jenkins step). */
public final class SignatureChecks {
    private SignatureChecks() {
    }

    public static boolean dingTalk(LoggedRequest request, String secret) {
        return ChannelSimulator.dingTalkSigned(request, secret);
    }

    public static boolean webhook(LoggedRequest request, String secret) {
        return ChannelSimulator.webhookSigned(request, secret);
    }
}

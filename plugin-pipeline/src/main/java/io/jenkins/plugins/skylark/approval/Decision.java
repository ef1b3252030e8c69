package io.jenkins.plugins.skylark.approval;

/**
 * What one user's proceed on the input means for a protected environment.
 *
 * @param approved whether it counts as the environment's approval
 * @param reason why it does not, in the controller's language; {@code null} when approved
 */
public record Decision(boolean approved, String reason) {
    static Decision approve() {
        return new Decision(true, null);
    }

    static Decision refuse(String reason) {
        return new Decision(false, reason);
    }
}

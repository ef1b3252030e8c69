package hudson.model;

/** Why a build was started; a run keeps its causes in a {@link CauseAction}. */
public abstract class Cause {
    public Cause() {
    }

    public abstract String getShortDescription();

    /** A build started by a user (by id; {@code null} for an anonymous start). */
    public static class UserIdCause extends Cause {
        private final String userId;

        public UserIdCause(String userId) {
            this.userId = userId;
        }

        public String getUserId() {
            return userId;
        }

        @Override
        public String getShortDescription() {
            return "Started by user " + (userId == null ? "anonymous" : userId);
        }
    }
}

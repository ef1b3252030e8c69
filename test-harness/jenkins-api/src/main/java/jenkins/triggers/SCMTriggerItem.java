package jenkins.triggers;

/** An item polled for SCM changes (members not needed by Skylark). */
public interface SCMTriggerItem {
}

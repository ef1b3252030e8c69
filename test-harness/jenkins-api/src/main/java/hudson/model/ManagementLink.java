package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.security.Permission;
import jenkins.model.Jenkins;

/** A page under Manage Jenkins ({@code /manage/<urlName>}), shown to users with its required permission. */
public abstract class ManagementLink implements ExtensionPoint, Action {

    public ManagementLink() {
    }

    @Override
    public abstract String getIconFileName();

    public String getDescription() {
        return "";
    }

    @Override
    public abstract String getUrlName();

    public static ExtensionList<ManagementLink> all() {
        return ExtensionList.lookup(ManagementLink.class);
    }

    /** Administer unless the link says otherwise. */
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    public Category getCategory() {
        return Category.UNCATEGORIZED;
    }

    /** The section of Manage Jenkins the link is listed in. */
    public enum Category {
        CONFIGURATION, SECURITY, STATUS, TROUBLESHOOTING, TOOLS, MISC, UNCATEGORIZED
    }
}

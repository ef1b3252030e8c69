package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.core.Authentication;

/**
 * Source of credentials, registered as an {@code @Extension}. Lookups walk all providers, as in the
 * credentials plugin: {@link #findCredentialById} asks each provider for the credentials visible to
 * the build's job (folder-scoped ones included) and picks the one with the id.
 */
public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
    public static final PermissionGroup GROUP = new PermissionGroup(CredentialsProvider.class, null);
    /** Selecting item-scoped credentials for a job: disabled unless a system property says otherwise, then implied by CONFIGURE. */
    public static final Permission USE_ITEM = new Permission(GROUP, "UseItem", null, Item.CONFIGURE,
            Boolean.getBoolean("com.cloudbees.plugins.credentials.UseItemPermission"));

    @SuppressWarnings("unchecked")
    public CredentialsProvider() {
        super(self());
    }

    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        Map<Object, C> byId = new LinkedHashMap<>();
        for (CredentialsProvider provider : all()) {
            for (C c : provider.getCredentialsInItemGroup(type, itemGroup, authentication, domainRequirements)) {
                byId.putIfAbsent(c instanceof IdCredentials id ? id.getId() : c, c);
            }
        }
        return new ArrayList<>(byId.values());
    }

    public static <C extends Credentials> List<C> lookupCredentialsInItem(Class<C> type, Item item,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        Map<Object, C> byId = new LinkedHashMap<>();
        for (CredentialsProvider provider : all()) {
            for (C c : provider.getCredentialsInItem(type, item, authentication, domainRequirements)) {
                byId.putIfAbsent(c instanceof IdCredentials id ? id.getId() : c, c);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The ids of the credentials of {@code type} in {@code item}'s context that {@code matcher} accepts;
     * a {@code null} item means Jenkins itself. The plugin shows each credential's name; the stand-in its id.
     */
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(Class<C> type, Item item,
            Authentication authentication, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        if (item == null) {
            return listCredentialsInItemGroup(type, Jenkins.get(), authentication, domainRequirements, matcher);
        }
        return options(lookupCredentialsInItem(type, item, authentication, domainRequirements), matcher);
    }

    @SuppressWarnings("rawtypes")
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        return options(lookupCredentialsInItemGroup(type, itemGroup, authentication, domainRequirements), matcher);
    }

    private static ListBoxModel options(List<? extends IdCredentials> credentials, CredentialsMatcher matcher) {
        ListBoxModel model = new ListBoxModel();
        Set<String> ids = new HashSet<>();
        for (IdCredentials c : credentials) {
            if ((matcher == null || matcher.matches(c)) && ids.add(c.getId())) {
                model.add(c.getId(), c.getId());
            }
        }
        return model;
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run) {
        return findCredentialById(id, type, run, Collections.emptyList());
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            List<DomainRequirement> domainRequirements) {
        for (C c : lookupCredentialsInItem(type, run.getParent(), ACL.SYSTEM2, domainRequirements)) {
            if (id.equals(c.getId())) {
                return c;
            }
        }
        return null;
    }

    public static ExtensionList<CredentialsProvider> all() {
        return ExtensionList.lookup(CredentialsProvider.class);
    }

    @Override
    public Descriptor<CredentialsProvider> getDescriptor() {
        return this;
    }

    @SuppressWarnings("rawtypes")
    public <C extends Credentials> List<C> getCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        return Collections.emptyList();
    }

    @SuppressWarnings("rawtypes")
    public <C extends Credentials> List<C> getCredentialsInItem(Class<C> type, Item item,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        ItemGroup group = item instanceof ItemGroup<?> g ? g : item.getParent();
        return getCredentialsInItemGroup(type, group, authentication, domainRequirements);
    }
}

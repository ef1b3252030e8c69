package io.jenkins.plugins.skylark.harness.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.ItemGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.core.Authentication;

/**
 * The credentials store of a test Jenkins: global credentials plus folder-scoped ones, found by
 * Jenkins through the extension index like the credentials plugin's own providers. A folder sees
 * its own credentials first, then its ancestors', then the global ones.
 */
@Extension
public final class HarnessCredentialsProvider extends CredentialsProvider {
    private static final String GLOBAL = "";

    private final Map<String, List<Credentials>> byScope = new ConcurrentHashMap<>();

    /** Adds a credential visible to every job. */
    public void addGlobal(Credentials credentials) {
        addToScope(GLOBAL, credentials);
    }

    /** Adds a credential visible to the jobs inside the folder with this full name. */
    public void addToFolder(String folderFullName, Credentials credentials) {
        addToScope(folderFullName, credentials);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public <C extends Credentials> List<C> getCredentialsInItemGroup(Class<C> type, ItemGroup itemGroup,
            Authentication authentication, List<DomainRequirement> domainRequirements) {
        List<C> visible = new ArrayList<>();
        for (ItemGroup<?> group = itemGroup; group != null; group = parentOf(group)) {
            collect(type, group.getFullName(), visible);
        }
        return visible;
    }

    private static ItemGroup<?> parentOf(ItemGroup<?> group) {
        return group instanceof Item item ? item.getParent() : null;
    }

    private <C extends Credentials> void collect(Class<C> type, String scope, List<C> into) {
        for (Credentials c : byScope.getOrDefault(scope, List.of())) {
            if (type.isInstance(c)) {
                into.add(type.cast(c));
            }
        }
    }

    private void addToScope(String scope, Credentials credentials) {
        byScope.computeIfAbsent(scope, s -> new CopyOnWriteArrayList<>()).add(credentials);
    }

    @Override
    public String getDisplayName() {
        return "Test credentials";
    }
}

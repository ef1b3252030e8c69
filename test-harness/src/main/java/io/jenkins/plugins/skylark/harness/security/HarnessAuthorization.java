package io.jenkins.plugins.skylark.harness.security;

import hudson.model.AbstractItem;
import hudson.security.ACL;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A matrix-like authorization for tests, answered by the test Jenkins once a test turns security on
 * ({@code JenkinsExtension.secure()}): a user holds what is granted on all of Jenkins, or on an item
 * and everything inside it (a folder's grants reach its jobs). As Jenkins' matrix does, a permission
 * is held when it or one that implies it is granted, a disabled permission (such as
 * {@code Item.EXTENDED_READ} by default) counts only through the ones that imply it, and SYSTEM holds all.
 */
public final class HarnessAuthorization extends AuthorizationStrategy {
    private static final String EVERYWHERE = "";

    /** user → item full name ({@link #EVERYWHERE} for all of Jenkins) → granted permissions. */
    private final Map<String, Map<String, Set<Permission>>> grants = new ConcurrentHashMap<>();

    /** Grants {@code permissions} to {@code user} on all of Jenkins. */
    public HarnessAuthorization grant(String user, Permission... permissions) {
        return grantOn(EVERYWHERE, user, permissions);
    }

    /** Grants {@code permissions} to {@code user} on the item with this full name and everything inside it. */
    public HarnessAuthorization grantOn(String itemFullName, String user, Permission... permissions) {
        grants.computeIfAbsent(user, u -> new ConcurrentHashMap<>())
                .computeIfAbsent(itemFullName, i -> ConcurrentHashMap.newKeySet())
                .addAll(List.of(permissions));
        return this;
    }

    /** The identity of a signed-in user with this name. */
    public static Authentication user(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
    }

    @Override
    public ACL getRootACL() {
        return ACL.lambda2((a, p) -> holds(a, p, EVERYWHERE));
    }

    @Override
    public ACL getACL(AbstractItem item) {
        String fullName = item.getFullName();
        return ACL.lambda2((a, p) -> holds(a, p, fullName));
    }

    @Override
    public Collection<String> getGroups() {
        return Set.of();
    }

    private boolean holds(Authentication a, Permission permission, String itemFullName) {
        if (a.equals(ACL.SYSTEM2)) {
            return true;
        }
        Map<String, Set<Permission>> byItem = grants.getOrDefault(a.getName(), Map.of());
        for (Permission p = permission; p != null; p = p.impliedBy) {
            if (p.enabled && grantedOnOrAbove(byItem, p, itemFullName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grantedOnOrAbove(Map<String, Set<Permission>> byItem, Permission p, String itemFullName) {
        for (Map.Entry<String, Set<Permission>> grant : byItem.entrySet()) {
            String on = grant.getKey();
            boolean covers = on.equals(EVERYWHERE) || on.equals(itemFullName) || itemFullName.startsWith(on + "/");
            if (covers && grant.getValue().contains(p)) {
                return true;
            }
        }
        return false;
    }
}

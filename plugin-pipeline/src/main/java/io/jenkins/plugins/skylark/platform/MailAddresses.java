package io.jenkins.plugins.skylark.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deliberately simple mail address check, as no mail library is on this plugin's class path (the mailer
 * sends): {@code local@domain}, the local part an RFC 5322 dot-atom of at most 64 characters, the domain a
 * DNS name with at least two labels, 254 characters in all. Quoted local parts, display names
 * ({@code Name <a@b>}), IP literals and internationalised addresses are refused.
 */
final class MailAddresses {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATOM + "(\\." + ATOM + ")*");

    private MailAddresses() {
    }

    static boolean isValid(String address) {
        if (address == null || address.length() > 254) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > 64) {
            return false;
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        return DOT_ATOM.matcher(address.substring(0, at)).matches()
                && domain.indexOf('.') > 0 && KubernetesNames.isDnsName(domain);
    }
}

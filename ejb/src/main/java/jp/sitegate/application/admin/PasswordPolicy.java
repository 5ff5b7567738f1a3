package jp.sitegate.application.admin;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.domain.shared.InvalidInputException;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a password a person chooses must be (issue 15, OWASP ASVS 4.0 §2.1): at least
 * {@value UserAccountService#MIN_PASSWORD_LENGTH} characters, not containing the user name, and not one of the
 * 100,000 most common passwords (the list nbvcxz ships, {@code dictionaries/passwords.txt}, compared without case).
 * Passwords SiteGate generates (a reset's one-time password) are not checked.
 */
public final class PasswordPolicy {
    private PasswordPolicy() {
    }

    /** The common passwords long enough to pass the length rule (the shorter ones fail it anyway), lower case. */
    private static final class Common {
        static final Set<String> PASSWORDS = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet()
                .stream().filter(p -> p.length() >= UserAccountService.MIN_PASSWORD_LENGTH)
                .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param field    the field named in the error ({@code password}, {@code newPassword})
     * @param password the chosen password
     * @param username the account's name
     * @throws InvalidInputException naming {@code field}: too short, containing the user name, or a common password
     */
    public static void check(String field, String password, String username) {
        if (password == null || password.length() < UserAccountService.MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of(field, "user.password-have-least-characters",
                    UserAccountService.MIN_PASSWORD_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of(field, "user.password-contains-username");
        }
        if (Common.PASSWORDS.contains(lower)) {
            throw InvalidInputException.of(field, "user.password-common");
        }
    }

    /** @return how many common passwords of the allowed length are refused (for the README and a test) */
    static int commonPasswords() {
        return Common.PASSWORDS.size();
    }
}

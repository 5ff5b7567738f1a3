package jp.sitegate.domain.shared;

/** Luhn (mod 10, weights 2,1 from the right) check used by the medical institution code (REQUIREMENTS.md §6). */
public final class LuhnCheck {
    private LuhnCheck() {
    }

    /**
     * @param digits ASCII digits whose last character is the check digit
     * @return true when the weighted digit sum, check digit included, is a multiple of 10
     */
    public static boolean isValid(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}

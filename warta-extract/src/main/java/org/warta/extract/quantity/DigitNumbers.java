package org.warta.extract.quantity;

/**
 * Reads a run of digits with either separator convention, as a careful editor would.
 * <ul>
 * <li>Indonesian (PUEBI; CLDR {@code id}: group {@code .}, decimal {@code ,}): {@code 2.300}, {@code 1.234.567},
 * {@code 1,5}, {@code 1.234,5}.</li>
 * <li>English (CLDR {@code en}: group {@code ,}, decimal {@code .}): {@code 2,300}, {@code 2.5},
 * {@code 1,234.5}.</li>
 * <li>Mixed, as real news writes: a single {@code .} followed by exactly three digits groups thousands
 * ({@code 2.300}); otherwise it is a decimal point ({@code 2.5 juta}, {@code 4.7%}). A single {@code ,} followed
 * by exactly three digits groups thousands ({@code 2,300}) unless a scale or percent follows
 * ({@code 2,615 persen}); otherwise it is a decimal comma ({@code 1,5}).</li>
 * </ul>
 * Several separators of one kind must all group three digits ({@code 1.234.567}); anything else
 * ({@code 1.2.3}, {@code 27.09.2020}) is no number.
 */
final class DigitNumbers {
    private DigitNumbers() {
    }

    /**
     * The value of {@code s}, or null when it is not one number.
     *
     * @param beforeScale true when a scale word or a percent sign follows ({@code juta}, {@code %})
     */
    static Double parse(String s, boolean beforeScale) {
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return s.length() > 15 ? null : Double.valueOf(s);
        }
        if (dots > 0 && commas > 0) {
            int lastDot = s.lastIndexOf('.');
            int lastComma = s.lastIndexOf(',');
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            if (count(s, decimal) != 1) {
                return null;
            }
            int at = s.indexOf(decimal);
            String whole = s.substring(0, at);
            if (!groupsOfThree(whole, group)) {
                return null;
            }
            return Double.valueOf(whole.replace(String.valueOf(group), "") + "." + s.substring(at + 1));
        }
        char sep = dots > 0 ? '.' : ',';
        int n = dots > 0 ? dots : commas;
        if (n > 1) {
            return groupsOfThree(s, sep) ? Double.valueOf(s.replace(String.valueOf(sep), "")) : null;
        }
        int at = s.indexOf(sep);
        String tail = s.substring(at + 1);
        boolean thousands = tail.length() == 3 && at <= 3 && (sep == '.' || !beforeScale);
        return thousands ? Double.valueOf(s.substring(0, at) + tail) : Double.valueOf(s.substring(0, at) + "." + tail);
    }

    private static boolean groupsOfThree(String s, char sep) {
        String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

package jp.sitegate.domain.model.briefing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a set of enum constants as comma-separated names and reads it back, for compact columns. */
final class EnumSetText {
    private EnumSetText() {
    }

    static <E extends Enum<E>> String write(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> EnumSet<E> read(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }
}

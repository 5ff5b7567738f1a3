package jp.sitegate.domain.model.declaration;

import java.util.Locale;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * Which fact a facility declares (issue 11, REQUIREMENTS.md §8): one of its capabilities, its ICU-equivalent
 * equipment, its JSTCT transplant-facility category, or one physician's qualifications, attestations and employment
 * at the facility (declared as one, {@code subjectId} = the physician).
 *
 * @param name      a {@link Capability} name, {@link #ICU_EQUIVALENT}, {@link #TRANSPLANT_CATEGORY} or
 *                  {@link #PHYSICIAN}
 * @param subjectId the physician for {@link #PHYSICIAN}, else {@code null}
 */
public record DeclaredFact(String name, Long subjectId) {
    /** ICU と同等の設備. */
    public static final String ICU_EQUIVALENT = "ICU_EQUIVALENT";
    /** 日本造血・免疫細胞療法学会の移植施設カテゴリー. */
    public static final String TRANSPLANT_CATEGORY = "TRANSPLANT_CATEGORY";
    /** A physician's qualifications, attestations and employment here. */
    public static final String PHYSICIAN = "PHYSICIAN";

    /** Validates the pair. */
    public DeclaredFact {
        if (name == null || (PHYSICIAN.equals(name) != (subjectId != null))) {
            throw new IllegalArgumentException("fact " + name + " with subject " + subjectId);
        }
    }

    /**
     * @param capability a capability
     * @return the fact of declaring it
     */
    public static DeclaredFact of(Capability capability) {
        return new DeclaredFact(capability.name(), null);
    }

    /**
     * @param physicianId a physician
     * @return the fact of their qualifications and employment at the facility
     */
    public static DeclaredFact physician(long physicianId) {
        return new DeclaredFact(PHYSICIAN, physicianId);
    }

    /**
     * A fact the facility declares through {@code POST …/declarations} (not a physician: those are declared by
     * registering or editing them).
     *
     * @param text a capability name such as {@code CONTACT_24H}, or {@code ICU_EQUIVALENT}, {@code TRANSPLANT_CATEGORY}
     * @return the fact
     * @throws InvalidInputException naming {@code fact} for anything else
     */
    public static DeclaredFact parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (ICU_EQUIVALENT.equals(t) || TRANSPLANT_CATEGORY.equals(t)) {
            return new DeclaredFact(t, null);
        }
        for (Capability c : Capability.values()) {
            if (c.name().equals(t)) {
                return of(c);
            }
        }
        throw InvalidInputException.of("fact", "declaration.not-declarable-fact-allowed", allowed());
    }

    private static String allowed() {
        StringBuilder b = new StringBuilder();
        for (Capability c : Capability.values()) {
            b.append(c.name()).append(", ");
        }
        return b.append(ICU_EQUIVALENT).append(", ").append(TRANSPLANT_CATEGORY).toString();
    }

    /** @return the capability, or {@code null} when the fact is not one */
    public Capability capability() {
        for (Capability c : Capability.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** @return the key the engine's facts use: the name, or {@code PHYSICIAN:<id>} */
    public String key() {
        return subjectId == null ? name : name + ":" + subjectId;
    }

    /** @return what is declared, in Japanese (the capability's label, 「ICUと同等の設備」, …) */
    public String labelJa() {
        Capability c = capability();
        if (c != null) {
            return c.labelJa();
        }
        return switch (name) {
            case ICU_EQUIVALENT -> "ICUと同等の設備";
            case TRANSPLANT_CATEGORY -> "移植施設カテゴリー";
            default -> "医師の資格・勤務";
        };
    }

    /** @return what is declared, in English */
    public String labelEn() {
        Capability c = capability();
        if (c != null) {
            return c.labelEn();
        }
        return switch (name) {
            case ICU_EQUIVALENT -> "ICU-equivalent equipment";
            case TRANSPLANT_CATEGORY -> "JSTCT category";
            default -> "physician's qualifications and employment";
        };
    }
}

package io.github.syntheticcustomers.core.model;

/**
 * Social determinants of health. Each value is a lower-case id; {@link #NO_BARRIER} holds, per field, the value
 * that stands in nobody's way (any other value is a barrier to care).
 */
public record SocialDeterminants(
        String housing,
        String foodSecurity,
        String transportation,
        String financialStrain,
        String socialSupport,
        String accessToCare,
        String insurance) {

    /** The fields by their configuration names, in component order, with the value that is no barrier. */
    public static final java.util.Map<String, String> NO_BARRIER = noBarrier();

    private static java.util.Map<String, String> noBarrier() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("housing", "stable");
        m.put("food_security", "secure");
        m.put("transportation", "reliable");
        m.put("financial_strain", "low");
        m.put("social_support", "strong");
        m.put("access_to_care", "good");
        m.put("insurance", "employer");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The value of the field named {@code field} (one of {@link #NO_BARRIER}'s keys). */
    public String value(String field) {
        return switch (field) {
            case "housing" -> housing;
            case "food_security" -> foodSecurity;
            case "transportation" -> transportation;
            case "financial_strain" -> financialStrain;
            case "social_support" -> socialSupport;
            case "access_to_care" -> accessToCare;
            case "insurance" -> insurance;
            default -> throw new IllegalArgumentException("unknown social determinant " + field);
        };
    }

    /**
     * Whether {@code field} stands in the way of care: any value but the one without a barrier; for insurance,
     * being uninsured.
     */
    public static boolean isBarrier(SocialDeterminants s, String field) {
        return field.equals("insurance") ? "uninsured".equals(s.insurance())
                : !NO_BARRIER.get(field).equals(s.value(field));
    }
}

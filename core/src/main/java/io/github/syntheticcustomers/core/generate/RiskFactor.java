package io.github.syntheticcustomers.core.generate;

/**
 * The modifiable risk factors a profile can carry, with the points each adds to the risk score and
 * its base prevalence. Factors in the same {@code group} exclude each other (current vs former smoker).
 */
enum RiskFactor {
    HYPERTENSION(Kind.CONDITION, "Hypertension", 14, 0.10, null),
    PREDIABETES(Kind.CONDITION, "Prediabetes", 12, 0.09, null),
    HIGH_CHOLESTEROL(Kind.CONDITION, "High cholesterol", 10, 0.11, null),
    SLEEP_APNEA(Kind.CONDITION, "Sleep apnea", 8, 0.05, null),
    ASTHMA(Kind.CONDITION, "Asthma", 5, 0.08, null),
    DEPRESSION(Kind.CONDITION, "Depression", 5, 0.07, null),
    ANXIETY_DISORDER(Kind.CONDITION, "Anxiety disorder", 5, 0.08, null),
    HYPOTHYROIDISM(Kind.CONDITION, "Hypothyroidism", 4, 0.04, null),
    FAMILY_HEART_DISEASE(Kind.FAMILY, "Heart disease", 6, 0.18, null),
    FAMILY_DIABETES(Kind.FAMILY, "Type 2 diabetes", 5, 0.16, null),
    FAMILY_BREAST_CANCER(Kind.FAMILY, "Breast cancer", 5, 0.08, null),
    FAMILY_COLORECTAL_CANCER(Kind.FAMILY, "Colorectal cancer", 5, 0.06, null),
    FAMILY_STROKE(Kind.FAMILY, "Stroke", 5, 0.07, null),
    CURRENT_SMOKER(Kind.LIFESTYLE, "current smoker", 12, 0.11, "smoking"),
    FORMER_SMOKER(Kind.LIFESTYLE, "former smoker", 3, 0.12, "smoking"),
    OBESITY(Kind.LIFESTYLE, "obesity (BMI 30+)", 10, 0.18, "weight"),
    OVERWEIGHT(Kind.LIFESTYLE, "overweight (BMI 25-29.9)", 3, 0.30, "weight"),
    HEAVY_DRINKING(Kind.LIFESTYLE, "heavy drinking", 6, 0.07, null),
    SEDENTARY(Kind.LIFESTYLE, "sedentary", 6, 0.22, null),
    POOR_DIET(Kind.LIFESTYLE, "poor diet", 4, 0.20, null),
    SHORT_SLEEP(Kind.LIFESTYLE, "short sleep", 3, 0.22, null),
    HIGH_STRESS(Kind.LIFESTYLE, "high stress", 3, 0.28, null);

    enum Kind { CONDITION, FAMILY, LIFESTYLE }

    final Kind kind;
    final String label;
    final int points;
    final double prevalence;
    final String group;

    RiskFactor(Kind kind, String label, int points, double prevalence, String group) {
        this.kind = kind;
        this.label = label;
        this.points = points;
        this.prevalence = prevalence;
        this.group = group;
    }

    boolean excludes(RiskFactor other) {
        return other != this && group != null && group.equals(other.group);
    }
}

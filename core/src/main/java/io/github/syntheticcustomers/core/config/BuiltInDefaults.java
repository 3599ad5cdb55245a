package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from {@code defaults.yaml} by {@code BuiltInDefaultsTest}; do not edit. The built-in
 * defaults as plain constructor calls, so that {@link ConfigLoader#defaults()} needs no parser.
 * Regenerate after changing {@code defaults.yaml}:
 * {@code ./mvnw -B -pl core test -Dtest=BuiltInDefaultsTest -Ddefaults.update=true}.
 */
final class BuiltInDefaults {

    /** {@code SyntheticCustomers.configDigest} of {@link #config()}. */
    static final String DIGEST = "b05012f06f4544f298ce02a847841effb4459e89039655700753acfd8bcc154a";

    private static final GeneratorConfig CONFIG = new GeneratorConfig(
            referenceDate(),
            personas(),
            ageDecades(),
            riskLevels(),
            journey(),
            scenarios(),
            engagement(),
            quality());

    private BuiltInDefaults() {
    }

    static GeneratorConfig config() {
        return CONFIG;
    }

    private static LocalDate referenceDate() {
        return LocalDate.of(2026, 1, 1);
    }

    private static Map<String, PersonaConfig> personas() {
        return map(
            entry("health_aware_avoider", new PersonaConfig(
                "Health-Aware Avoiders",
                30.0,
                new AgeRange(25, 45),
                "cautious, detail-oriented",
                new Traits(0.8, 0.25, 0.8, 0.3, 0.45, 0.45, 0.25),
                List.of(
                    "Software Developer",
                    "Graphic Designer",
                    "Sales Representative",
                    "Writer",
                    "Paralegal",
                    "Customer Success Manager",
                    "Photographer",
                    "Research Assistant",
                    "Account Manager"),
                new NarrativePools(
                    List.of(
                        "Wants peace of mind without a stressful appointment",
                        "Worried about a family history of illness",
                        "Would like to catch problems early",
                        "Prefers to learn privately before talking to anyone"),
                    List.of(
                        "Fear of bad news",
                        "Past uncomfortable experiences with clinics",
                        "Not knowing where to start",
                        "Being judged for putting things off"),
                    List.of(
                        "Complete a first screening",
                        "Understand personal risk in plain terms",
                        "Build one small healthy habit"),
                    List.of(
                        "I know I should get checked, I just keep putting it off.",
                        "I read a lot about health, and honestly it makes me more nervous.",
                        "If it were easier and less scary, I'd do it.")))),
            entry("structured_system_seeker", new PersonaConfig(
                "Structured System-Seekers",
                25.0,
                new AgeRange(30, 50),
                "analytical, organised",
                new Traits(0.75, 0.8, 0.35, 0.8, 0.9, 0.35, 0.15),
                List.of(
                    "Accountant",
                    "Project Manager",
                    "Software Engineer",
                    "Operations Analyst",
                    "Civil Engineer",
                    "Financial Analyst",
                    "Quality Assurance Specialist",
                    "Logistics Coordinator"),
                new NarrativePools(
                    List.of(
                        "Likes a clear schedule for check-ups",
                        "Tracks health numbers over time",
                        "Wants a plan with milestones"),
                    List.of(
                        "Unclear or inconsistent instructions",
                        "Missing a due screening",
                        "Data not being in one place"),
                    List.of(
                        "Keep every screening on schedule",
                        "Have one dashboard for all results",
                        "Follow an evidence-based plan"),
                    List.of(
                        "Give me the checklist and I'll get it done.",
                        "I keep a spreadsheet of my lab results.",
                        "I want to know exactly what comes next and when.")))),
            entry("balanced_life_integrator", new PersonaConfig(
                "Balanced Life Integrators",
                20.0,
                new AgeRange(28, 48),
                "practical, holistic",
                new Traits(0.65, 0.6, 0.4, 0.55, 0.6, 0.4, 0.25),
                List.of(
                    "Teacher",
                    "Marketing Manager",
                    "Small Business Owner",
                    "Social Worker",
                    "Architect",
                    "Human Resources Specialist",
                    "Chef",
                    "Event Planner"),
                new NarrativePools(
                    List.of(
                        "Wants to stay well for family",
                        "Values energy and balance over numbers",
                        "Likes habits that fit daily life"),
                    List.of(
                        "Not enough time",
                        "Advice that ignores work and family",
                        "Too many apps and reminders"),
                    List.of(
                        "Fit prevention into a busy week",
                        "Improve sleep and stress",
                        "Keep up with family check-ups"),
                    List.of(
                        "Health has to fit into real life, not the other way round.",
                        "I'm happy to do it if it doesn't take over my week.",
                        "Small steps work better for me than big plans.")))),
            entry("healthcare_professional", new PersonaConfig(
                "Healthcare Professionals",
                15.0,
                new AgeRange(25, 45),
                "professional, knowledgeable",
                new Traits(0.95, 0.7, 0.25, 0.85, 0.75, 0.25, 0.1),
                List.of(
                    "Registered Nurse",
                    "Physician Assistant",
                    "Pharmacist",
                    "Physical Therapist",
                    "Nurse Practitioner",
                    "Medical Laboratory Scientist",
                    "Family Physician",
                    "Paramedic",
                    "Dietitian",
                    "Respiratory Therapist"),
                new NarrativePools(
                    List.of(
                        "Wants to practise what they preach",
                        "Wants the clinical detail behind recommendations",
                        "Values efficient tools"),
                    List.of(
                        "Oversimplified content",
                        "Shift work leaving no time for own care",
                        "Burnout"),
                    List.of(
                        "Keep own screenings current despite shifts",
                        "See the evidence and guideline sources",
                        "Manage stress and sleep"),
                    List.of(
                        "I tell patients to do this every day; I should too.",
                        "Show me the guideline, not a cartoon.",
                        "After a double shift my own health is last on the list.")))),
            entry("overlooked_risk_group", new PersonaConfig(
                "Overlooked Risk Group",
                10.0,
                new AgeRange(30, 50),
                "pragmatic, resourceful",
                new Traits(0.35, 0.35, 0.3, 0.2, 0.35, 0.9, 0.7),
                List.of(
                    "Warehouse Associate",
                    "Truck Driver",
                    "Retail Supervisor",
                    "Line Cook",
                    "Construction Worker",
                    "Delivery Driver",
                    "Security Guard",
                    "Cashier",
                    "Janitor",
                    "Farm Worker"),
                new NarrativePools(
                    List.of(
                        "Wants to keep working without interruptions",
                        "Cares for family first",
                        "Would act if it were free and nearby"),
                    List.of(
                        "Cost of care",
                        "Time off work",
                        "Getting to an appointment",
                        "Not feeling listened to"),
                    List.of(
                        "Find low-cost screening nearby",
                        "Manage blood pressure",
                        "Keep energy up for work and family"),
                    List.of(
                        "I don't have time to be sick.",
                        "If it costs money or a day off, it's not happening.",
                        "Nobody ever asked me about this before.")))));
    }

    private static Map<String, Double> ageDecades() {
        return map(
            entry("20", 14.0),
            entry("30", 50.0),
            entry("40", 33.0),
            entry("50", 3.0));
    }

    private static Map<String, Double> riskLevels() {
        return map(
            entry("low", 71.0),
            entry("moderate", 29.0));
    }

    private static JourneyConfig journey() {
        return new JourneyConfig(
            new JourneyConfig.Timing(
                new IntRange(1, 30),
                new IntRange(7, 21),
                new IntRange(2, 18),
                new IntRange(1, 14)),
            map(
                entry("curious", map(
                    entry("curious", 0.3),
                    entry("hopeful", 0.2),
                    entry("motivated", 0.15),
                    entry("anxious", 0.15),
                    entry("confident", 0.1),
                    entry("distracted", 0.05),
                    entry("overwhelmed", 0.05))),
                entry("anxious", map(
                    entry("anxious", 0.4),
                    entry("overwhelmed", 0.15),
                    entry("relieved", 0.15),
                    entry("hopeful", 0.15),
                    entry("curious", 0.1),
                    entry("frustrated", 0.05))),
                entry("hopeful", map(
                    entry("hopeful", 0.35),
                    entry("motivated", 0.25),
                    entry("confident", 0.15),
                    entry("relieved", 0.1),
                    entry("anxious", 0.1),
                    entry("distracted", 0.05))),
                entry("confident", map(
                    entry("confident", 0.5),
                    entry("motivated", 0.25),
                    entry("hopeful", 0.1),
                    entry("curious", 0.1),
                    entry("distracted", 0.05))),
                entry("motivated", map(
                    entry("motivated", 0.45),
                    entry("confident", 0.25),
                    entry("hopeful", 0.15),
                    entry("frustrated", 0.05),
                    entry("distracted", 0.05),
                    entry("overwhelmed", 0.05))),
                entry("overwhelmed", map(
                    entry("overwhelmed", 0.35),
                    entry("anxious", 0.25),
                    entry("frustrated", 0.15),
                    entry("relieved", 0.15),
                    entry("distracted", 0.1))),
                entry("indifferent", map(
                    entry("indifferent", 0.45),
                    entry("distracted", 0.2),
                    entry("curious", 0.2),
                    entry("hopeful", 0.1),
                    entry("frustrated", 0.05))),
                entry("distracted", map(
                    entry("distracted", 0.4),
                    entry("indifferent", 0.2),
                    entry("curious", 0.15),
                    entry("frustrated", 0.15),
                    entry("hopeful", 0.1))),
                entry("relieved", map(
                    entry("relieved", 0.3),
                    entry("hopeful", 0.3),
                    entry("confident", 0.2),
                    entry("motivated", 0.15),
                    entry("anxious", 0.05))),
                entry("frustrated", map(
                    entry("frustrated", 0.35),
                    entry("distracted", 0.2),
                    entry("overwhelmed", 0.15),
                    entry("indifferent", 0.15),
                    entry("hopeful", 0.1),
                    entry("relieved", 0.05)))),
            map(
                entry("health_aware_avoider", new JourneyConfig.PersonaJourney(
                    map(
                        entry("anxious", 0.45),
                        entry("curious", 0.35),
                        entry("hopeful", 0.08),
                        entry("overwhelmed", 0.07),
                        entry("indifferent", 0.05)),
                    map(
                        entry("curious", map(
                            entry("curious", 0.25),
                            entry("anxious", 0.3),
                            entry("hopeful", 0.15),
                            entry("overwhelmed", 0.1),
                            entry("motivated", 0.1),
                            entry("distracted", 0.1))),
                        entry("anxious", map(
                            entry("anxious", 0.45),
                            entry("overwhelmed", 0.25),
                            entry("relieved", 0.1),
                            entry("hopeful", 0.1),
                            entry("frustrated", 0.1)))),
                    map(
                        entry("risk_assessment", map(
                            entry("overwhelmed", 0.45),
                            entry("anxious", 0.15))),
                        entry("narrative_capture", map(
                            entry("anxious", 0.15))),
                        entry("prevention_plan", map(
                            entry("overwhelmed", 0.2)))),
                    -0.05)),
                entry("structured_system_seeker", new JourneyConfig.PersonaJourney(
                    map(
                        entry("curious", 0.3),
                        entry("confident", 0.3),
                        entry("motivated", 0.25),
                        entry("hopeful", 0.1),
                        entry("anxious", 0.05)),
                    map(
                        entry("confident", map(
                            entry("confident", 0.55),
                            entry("motivated", 0.3),
                            entry("hopeful", 0.1),
                            entry("frustrated", 0.05)))),
                    map(
                        entry("action_planning", map(
                            entry("motivated", 0.3))),
                        entry("follow_up", map(
                            entry("confident", 0.2)))),
                    0.05)),
                entry("balanced_life_integrator", new JourneyConfig.PersonaJourney(
                    map(
                        entry("curious", 0.35),
                        entry("hopeful", 0.25),
                        entry("motivated", 0.15),
                        entry("distracted", 0.15),
                        entry("anxious", 0.1)),
                    null,
                    map(
                        entry("life_events_timeline", map(
                            entry("distracted", 0.15))),
                        entry("support_plan", map(
                            entry("hopeful", 0.2)))),
                    0.0)),
                entry("healthcare_professional", new JourneyConfig.PersonaJourney(
                    map(
                        entry("confident", 0.6),
                        entry("curious", 0.2),
                        entry("motivated", 0.1),
                        entry("indifferent", 0.05),
                        entry("anxious", 0.05)),
                    map(
                        entry("curious", map(
                            entry("curious", 0.25),
                            entry("confident", 0.35),
                            entry("motivated", 0.2),
                            entry("hopeful", 0.1),
                            entry("indifferent", 0.1)))),
                    map(
                        entry("marketing_content_alignment", map(
                            entry("indifferent", 0.25),
                            entry("frustrated", 0.1))),
                        entry("stability_monitoring", map(
                            entry("distracted", 0.15)))),
                    0.03)),
                entry("overlooked_risk_group", new JourneyConfig.PersonaJourney(
                    map(
                        entry("indifferent", 0.4),
                        entry("distracted", 0.3),
                        entry("curious", 0.15),
                        entry("frustrated", 0.1),
                        entry("anxious", 0.05)),
                    null,
                    map(
                        entry("risk_assessment", map(
                            entry("frustrated", 0.2))),
                        entry("support_plan", map(
                            entry("hopeful", 0.25),
                            entry("relieved", 0.15))),
                        entry("barrier_identification", map(
                            entry("frustrated", 0.2)))),
                    -0.05))),
            new JourneyConfig.Completion(
                0.45,
                map(
                    entry("action_tendency", 0.25),
                    entry("system_engagement", 0.15),
                    entry("organization", 0.15),
                    entry("health_anxiety", -0.1),
                    entry("social_barriers", -0.15)),
                0.1,
                map(
                    entry("low", 0.0),
                    entry("moderate", 0.04)),
                0.04,
                map(
                    entry("curious", 0.05),
                    entry("anxious", -0.08),
                    entry("hopeful", 0.08),
                    entry("confident", 0.12),
                    entry("motivated", 0.15),
                    entry("overwhelmed", -0.25),
                    entry("indifferent", -0.15),
                    entry("distracted", -0.12),
                    entry("relieved", 0.06),
                    entry("frustrated", -0.18)),
                map(
                    entry("awareness", 0.12),
                    entry("engagement", 0.0),
                    entry("action", -0.02),
                    entry("continuity", 0.0)),
                0.05,
                0.97,
                0.2,
                0.4,
                List.of(
                    "marketing_content_alignment",
                    "life_events_timeline",
                    "support_plan",
                    "motivation_assessment",
                    "risk_awareness_maintenance",
                    "stability_monitoring")));
    }

    private static ScenarioConfig scenarios() {
        return new ScenarioConfig(
            map(
                entry("first_time_user", new ScenarioConfig.ScenarioType(
                    1.0,
                    0.0,
                    map(
                        entry("curious", 0.15)))),
                entry("returning_user", new ScenarioConfig.ScenarioType(
                    1.0,
                    0.06,
                    map(
                        entry("confident", 0.2),
                        entry("hopeful", 0.1)))),
                entry("lapsed_user", new ScenarioConfig.ScenarioType(
                    1.0,
                    -0.06,
                    map(
                        entry("indifferent", 0.15),
                        entry("distracted", 0.15)))),
                entry("life_transition", new ScenarioConfig.ScenarioType(
                    1.0,
                    0.02,
                    map(
                        entry("motivated", 0.15),
                        entry("anxious", 0.1)))),
                entry("risk_follow_up", new ScenarioConfig.ScenarioType(
                    1.0,
                    0.04,
                    map(
                        entry("anxious", 0.15),
                        entry("motivated", 0.1))))),
            365,
            540,
            60);
    }

    private static EngagementConfig engagement() {
        return new EngagementConfig(0.5, 0.65);
    }

    private static QualityConfig quality() {
        return new QualityConfig(1.0, 1.0, 1.0, 0.5, 0, 0.3, 0.5, 40.0, 0, 0, -0.5, 50.0, 30.0, 60.0, 50.0);
    }

    @SafeVarargs
    private static <V> Map<String, V> map(Map.Entry<String, V>... entries) {
        Map<String, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, V> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    private static <V> Map.Entry<String, V> entry(String key, V value) {
        return Map.entry(key, value);
    }
}

package io.github.syntheticcustomers.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.ScreeningProgramme;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screening follows the configured USPSTF programmes (docs/timeline-model.md, "Screening visits"), over 2 000
 * customers of three seeds, read from the public outputs (profile and events): nobody is screened for a programme
 * outside its sex and ages; no one under 40 is an annual blood-pressure or cholesterol screener without a risk
 * factor that warrants it; kept visits of a programme are at least its interval apart; the programme history agrees
 * with the events and the panels, and the snapshot fields are computed from it.
 */
class ScreeningProgrammesTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final LocalDate TODAY = CONFIG.referenceDate().minusDays(1);
    private static final ScreeningProgrammes PROGRAMMES = new ScreeningProgrammes(CONFIG);

    /** A visit as its events tell it. */
    private record Seen(int number, LocalDate date, List<String> programmes, boolean kept) {
    }

    @ParameterizedTest
    @CsvSource({"42, 2000", "7, 2000", "1234, 2000"})
    void screeningFollowsTheProgrammes(long seed, int count) {
        DatasetGenerator g = new DatasetGenerator(CONFIG, seed, count);
        Map<String, Integer> frequencies = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int annualUnder40 = 0;
        int annualUnder40WithoutRisk = 0;
        int under40 = 0;
        int visits = 0;
        int shared = 0;
        int withHistory = 0;
        for (int i = 0; i < count; i++) {
            CustomerProfile c = g.customer(i);
            String where = "seed " + seed + " " + c.id();
            List<Seen> seen = visits(g.timeline(i), ZoneId.of(g.timeline(i).events().isEmpty() ? "UTC"
                    : g.timeline(i).events().get(0).timeZone()));
            ScreeningHistory h = c.healthProfile().screeningHistory();
            withHistory += h.hasHistory() ? 1 : 0;
            frequencies.merge(h.frequency(), 1, Integer::sum);
            h.programmes().forEach(p -> statuses.merge(p.id() + " " + p.status(), 1, Integer::sum));
            for (Seen v : seen) {
                visits++;
                shared += v.programmes().size() > 1 ? 1 : 0;
                assertFalse(v.programmes().isEmpty(), where + ": visit " + v.number() + " screens no programme");
                if (v.kept()) {
                    for (String p : v.programmes()) {
                        eligibleAt(c, p, v.date(), where);
                    }
                }
            }
            intervals(c, seen, where);
            history(c, seen, where);
            undiagnosedRecent(c, where);
            boolean young = c.demographics().age() < 40;
            under40 += young ? 1 : 0;
            if (young && "annual".equals(h.frequency())) {
                annualUnder40++;
                if (!warrantsAnnual(c)) {
                    annualUnder40WithoutRisk++;
                }
            }
            if (young && !bloodPressureRisk(c)) {
                // no yearly blood pressure check under 40 without a risk factor: every 3 years at most
                List<LocalDate> bp = keptOf(seen, "blood_pressure");
                for (int k = 1; k < bp.size(); k++) {
                    assertFalse(bp.get(k - 1).plusYears(3).isAfter(bp.get(k)), where + ": blood pressure screened "
                            + bp.get(k - 1) + " and " + bp.get(k) + " under 40 without a risk factor");
                }
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: history %.3f, visits %.2f per customer, %.3f of visits screen"
                + " several programmes; annual under 40 %d of %d (%d without a risk factor); frequencies %s;"
                + " statuses %s%n", seed, withHistory / (double) count, visits / (double) count,
                shared / (double) Math.max(1, visits), annualUnder40, under40, annualUnder40WithoutRisk, frequencies,
                statuses);
        assertEquals(0, annualUnder40WithoutRisk, "annual screeners under 40 without a risk factor");
        assertTrue(shared > 0, "some visits are check-ups screening several programmes");
        for (String id : PROGRAMMES.ids()) {
            assertTrue(statuses.getOrDefault(id + " " + ProgrammeScreening.UP_TO_DATE, 0) > 0, id + " has followers");
        }
    }

    /** The visits of a timeline, from its screening events. */
    private static List<Seen> visits(CustomerTimeline t, ZoneId zone) {
        Map<String, EngagementEvent> booked = new LinkedHashMap<>();
        Map<String, Boolean> kept = new LinkedHashMap<>();
        for (EngagementEvent e : t.events()) {
            switch (e.type()) {
                case "screening_booked" -> booked.put(e.property("visit"), e);
                case "screening_attended" -> kept.put(e.property("visit"), true);
                default -> { }
            }
        }
        List<Seen> out = new ArrayList<>();
        for (EngagementEvent e : booked.values()) {
            out.add(new Seen(Integer.parseInt(e.property("visit")), LocalDate.parse(e.property("date")),
                    List.of(e.property("programmes").split(" ")), kept.containsKey(e.property("visit"))));
        }
        return out;
    }

    private static List<LocalDate> keptOf(List<Seen> seen, String programme) {
        return seen.stream().filter(v -> v.kept() && v.programmes().contains(programme)).map(Seen::date).toList();
    }

    /** The sex and age rules of the USPSTF recommendations the default programmes transcribe. */
    private static void eligibleAt(CustomerProfile c, String programme, LocalDate date, String where) {
        int age = ScreeningProgrammes.age(c.demographics().dateOfBirth(), date);
        String sex = c.demographics().gender();
        String what = where + ": " + programme + " on " + date + " at " + age + " (" + sex + ")";
        switch (programme) {
            case "cervical" -> assertTrue(sex.equals("female") && age >= 21 && age <= 65, what);
            case "breast" -> assertTrue(sex.equals("female") && age >= 40 && age <= 74, what);
            case "colorectal" -> assertTrue(age >= 45 && age <= 75
                    || age >= 40 && age <= 44 && hasFamily(c, "Colorectal cancer"), what);
            case "blood_pressure" -> assertTrue(age >= 18, what);
            case "cholesterol" -> assertTrue(age >= 40 && age <= 75 || shows(c, "High cholesterol",
                    "total_cholesterol", 240), what);
            case "diabetes" -> assertTrue(age >= 35 && age <= 70 && c.healthProfile().lifestyle().bmi() >= 25
                    || shows(c, "Prediabetes", "hba1c", 5.7) || shows(c, "Type 2 diabetes", "hba1c", 6.5), what);
            default -> throw new AssertionError(where + ": unknown programme " + programme);
        }
    }

    /** Kept visits of a programme are at least the shortest interval any of its schedules allows at that age apart. */
    private static void intervals(CustomerProfile c, List<Seen> seen, String where) {
        for (String id : PROGRAMMES.ids()) {
            List<LocalDate> kept = keptOf(seen, id);
            for (int k = 1; k < kept.size(); k++) {
                int age = ScreeningProgrammes.age(c.demographics().dateOfBirth(), kept.get(k - 1));
                int shortest = Integer.MAX_VALUE;
                for (ScreeningProgramme.Schedule s : PROGRAMMES.get(id).schedules()) {
                    if (age >= s.ages().min() && age <= s.ages().max()) {
                        shortest = Math.min(shortest, s.intervalYears() != null ? s.intervalYears()
                                : s.tests().values().stream().mapToInt(ScreeningProgramme.Test::intervalYears).min()
                                        .orElseThrow());
                    }
                }
                assertFalse(kept.get(k - 1).plusYears(shortest).isAfter(kept.get(k)), where + ": " + id + " kept on "
                        + kept.get(k - 1) + " and " + kept.get(k) + ", under " + shortest + " years apart");
            }
        }
    }

    /** The programme entries agree with the events and the panels; the snapshot fields are computed from them. */
    private static void history(CustomerProfile c, List<Seen> seen, String where) {
        ScreeningHistory h = c.healthProfile().screeningHistory();
        assertEquals(PROGRAMMES.ids(), h.programmes().stream().map(ProgrammeScreening::id).toList(), where);
        int completed = 0;
        int due = 0;
        Integer shortest = null;
        for (ProgrammeScreening p : h.programmes()) {
            List<LocalDate> kept = keptOf(seen, p.id());
            long booked = seen.stream().filter(v -> v.programmes().contains(p.id())).count();
            assertEquals(kept.size(), p.completed(), where + " " + p.id());
            assertEquals(kept.isEmpty() ? null : kept.get(kept.size() - 1), p.lastScreening(), where + " " + p.id());
            boolean open = p.status().equals(ProgrammeScreening.OVERDUE) || p.status().equals(ProgrammeScreening.NEVER);
            assertEquals(booked + (open ? 1 : 0), p.due(), where + " " + p.id());
            if (!p.eligible()) {
                assertEquals(ProgrammeScreening.NOT_ELIGIBLE, p.status(), where);
            } else if (p.lastScreening() == null) {
                assertEquals(ProgrammeScreening.NEVER, p.status(), where);
                assertNotNull(p.nextDue(), where);
            } else {
                assertEquals(p.lastScreening().plusYears(p.intervalYears()), p.nextDue(), where + " " + p.id());
                assertEquals(p.nextDue().isAfter(TODAY) ? ProgrammeScreening.UP_TO_DATE : ProgrammeScreening.OVERDUE,
                        p.status(), where + " " + p.id());
            }
            if (p.lastScreening() != null) {
                // the last screening of a measuring programme is a panel with its values
                List<Observation> panel = c.healthProfile().panel(p.lastScreening());
                for (String code : PROGRAMMES.get(p.id()).measures()) {
                    assertTrue(panel.stream().anyMatch(o -> o.code().equals(code)), where + ": " + p.id()
                            + " last screened " + p.lastScreening() + " without " + code);
                }
            }
            completed += p.completed();
            due += p.due();
            if (p.completed() > 0 && (shortest == null || p.intervalYears() < shortest)) {
                shortest = p.intervalYears();
            }
        }
        // a programme's value is measured only at check-ups (kept visits screening a programme that records values),
        // and then every one of them; a visit for a programme recording nothing (a mammogram) takes body size only
        for (Seen v : seen) {
            if (!v.kept()) {
                continue;
            }
            List<String> codes = c.healthProfile().panel(v.date()).stream().map(Observation::code).toList();
            for (MeasurementsConfig.Value value : CONFIG.measurements().values()) {
                assertEquals(PROGRAMMES.records(v.programmes(), value.code()), codes.contains(value.code()), where
                        + ": " + value.code() + " on " + v.date() + " at a visit screening " + v.programmes());
            }
        }
        assertEquals(due == 0 ? 0.0 : Math.round(100.0 * completed / due) / 100.0, h.completionRate(), 1e-9, where);
        assertEquals(h.hasHistory() ? Snapshots.frequency(CONFIG.timeline().screening().cadences(), shortest)
                : Snapshots.NEVER, h.frequency(), where);
        // a present condition is measured at a kept visit; one not diagnosed, at a visit of the last 7-120 days
        for (Condition condition : c.healthProfile().conditions()) {
            String code = switch (condition.name()) {
                case "Hypertension" -> "systolic_bp";
                case "Type 2 diabetes", "Prediabetes" -> "hba1c";
                case "High cholesterol" -> "total_cholesterol";
                default -> null;
            };
            if (code != null) {
                assertNotNull(c.healthProfile().measurement(code), where + ": " + condition.name() + " never measured");
            }
        }
    }

    /**
     * A condition that shows only in its measurement (the latest value in the condition's range, no diagnosis) was
     * found at a recent visit: the latest one measuring it, 7-120 days before the reference date (local days).
     */
    private static void undiagnosedRecent(CustomerProfile c, String where) {
        String[][] cases = {{"Hypertension", "systolic_bp", "130"}, {"Hypertension", "diastolic_bp", "80"},
            {"Prediabetes", "hba1c", "5.7"}, {"High cholesterol", "total_cholesterol", "240"}};
        for (String[] k : cases) {
            Observation latest = c.healthProfile().measurement(k[1]);
            boolean diagnosed = c.healthProfile().conditions().stream().anyMatch(d -> d.name().equals(k[0])
                    || k[1].equals("hba1c") && d.name().equals("Type 2 diabetes"));
            if (latest != null && latest.value() >= Double.parseDouble(k[2]) && !diagnosed) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(latest.date(), CONFIG.referenceDate());
                assertTrue(days >= 7 && days <= 122, where + ": undiagnosed " + k[0] + " last measured " + days
                        + " days before the reference date");
            }
        }
    }

    private static boolean hasFamily(CustomerProfile c, String condition) {
        return c.healthProfile().familyHistory().stream().anyMatch(f -> f.condition().equals(condition));
    }

    /** A condition on file: diagnosed, or its value at or above the cut-off in some panel (not diagnosed yet). */
    private static boolean shows(CustomerProfile c, String condition, String code, double cutOff) {
        return c.healthProfile().conditions().stream().anyMatch(d -> d.name().equals(condition))
                || c.healthProfile().measurements().stream().anyMatch(o -> o.code().equals(code)
                        && o.value() >= cutOff);
    }

    private static boolean bloodPressureRisk(CustomerProfile c) {
        return c.healthProfile().lifestyle().bmi() >= 25 || shows(c, "Hypertension", "systolic_bp", 130)
                || shows(c, "Hypertension", "diastolic_bp", 80);
    }

    /** A risk factor that warrants a yearly test under 40: for blood pressure, cholesterol or blood sugar. */
    private static boolean warrantsAnnual(CustomerProfile c) {
        return bloodPressureRisk(c) || shows(c, "High cholesterol", "total_cholesterol", 240)
                || shows(c, "Prediabetes", "hba1c", 5.7) || shows(c, "Type 2 diabetes", "hba1c", 6.5);
    }
}

package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.timeline.Diagnosis;
import io.github.syntheticcustomers.core.timeline.PlatformCourse;
import io.github.syntheticcustomers.core.timeline.Visit;
import java.time.ZoneId;
import java.util.List;

/**
 * One customer with the courses of their timeline: the profile is the snapshot computed from them.
 *
 * @param profile the customer's profile
 * @param zone the customer's time zone
 * @param visits the screening visits booked, in time order
 * @param diagnoses the diagnoses, in the profile's condition order
 * @param platform the platform course
 */
record Person(CustomerProfile profile, ZoneId zone, List<Visit> visits, List<Diagnosis> diagnoses,
        PlatformCourse platform) {

    Person {
        visits = List.copyOf(visits);
        diagnoses = List.copyOf(diagnoses);
    }
}

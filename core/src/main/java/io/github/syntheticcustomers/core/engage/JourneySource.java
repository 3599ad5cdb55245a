package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.model.CustomerProfile;

/** Where the engagement steps of dataset index {@code i} take customer {@code i}'s journey from. */
@FunctionalInterface
public interface JourneySource {

    /** The journey of {@code customer}, who is dataset index {@code index}. Must be thread-safe and deterministic. */
    CustomerJourney journey(long index, CustomerProfile customer);
}

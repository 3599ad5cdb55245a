package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;

/**
 * Who the customer is. First names are drawn by frequency from the SSA baby names of the customer's birth decade
 * and sex, surnames from the Census 2010 surname table; city, county and ZIP code are a real place of the state,
 * the street address is fictional. Email only at reserved domains, phone only in the fictional 555-0100…0199
 * range, with an area code of the state (docs/data-sources.md).
 */
public record Demographics(
        String firstName,
        String lastName,
        String gender,
        int age,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String streetAddress,
        String city,
        String county,
        String state,
        String postalCode,
        String occupation,
        String education,
        String maritalStatus,
        int householdSize,
        String incomeBracket) {

    /** First and last name. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}

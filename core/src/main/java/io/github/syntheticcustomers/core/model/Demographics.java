package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;

/**
 * Who the customer is. Names are drawn from Datafaker's vocabularies, consistent with gender; email
 * only at reserved domains, phone only in the fictional 555-0100…0199 range.
 */
public record Demographics(
        String firstName,
        String lastName,
        String gender,
        int age,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String city,
        String state,
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

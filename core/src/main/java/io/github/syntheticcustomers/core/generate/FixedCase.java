package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.model.BoundaryTag;

/**
 * What a boundary case fixes of its customer ({@link BoundaryCaseGenerator}), read by {@link ProfileGenerator} in
 * place of what the allocation would give: the slot and the quantile band of its level, the gender, an exact risk
 * score, and the identity fields a case sets. A null field is drawn as for any customer.
 *
 * @param slot the persona, decade and risk level (replaces {@link Allocation#slot})
 * @param band the quantile band of the level the latent risk is drawn in
 * @param gender the gender, or null (then drawn by the persona's gender shares, {@link BoundaryCaseGenerator})
 * @param score the exact risk score, or null: the factors are then chosen to make it ({@link ExactScore})
 * @param id the record id ({@code bnd-0001}), also the tag of the e-mail address
 * @param firstName the first name, or null (drawn from the table)
 * @param lastName the surname, or null (drawn from the table)
 * @param phone the telephone number, outside the dataset's numbers ({@link BoundaryCaseGenerator#phone})
 * @param tag what the case tests, written on the record
 */
record FixedCase(Allocation.Slot slot, Allocation.QuantileBand band, String gender, Integer score, String id,
        String firstName, String lastName, String phone, BoundaryTag tag) {
}

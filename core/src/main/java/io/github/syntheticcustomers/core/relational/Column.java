package io.github.syntheticcustomers.core.relational;

/**
 * One column of a {@link Table}.
 *
 * @param name the column's name: lower-case snake_case, never an SQL keyword, so that queries need no quotes
 * @param type its type, derived from the Java type of the record component it holds
 * @param nullable whether it may hold NULL: only where the JSON files may hold {@code null} (a component marked
 *     {@code @Nullable}, or every column of a record that may itself be null)
 * @param source where the value is in a record of the table's part in the JSON files: a JSON property path such as
 *     {@code demographics.first_name}, with {@code []} for a list's elements ({@code health_profile.conditions[].name},
 *     {@code cohorts[]}), or a description of a derived column such as the parent's key or the position in a list
 */
public record Column(String name, SqlType type, boolean nullable, String source) {
}

package io.github.syntheticcustomers.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that may be {@code null}, written as JSON {@code null}. The JSON Schemas shipped with
 * the dataset ({@link io.github.syntheticcustomers.core.io.DatasetSchema}) are generated from the records and
 * allow {@code null} exactly where this annotation stands; every other component of a written record is
 * present and not null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Nullable {
}

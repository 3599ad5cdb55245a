package io.github.syntheticcustomers.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code allowed to use an API the forbiddenapis check bans (e.g. the command line writing to
 * {@code System.out}). Every use says why in {@link #reason()}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    String reason();
}

/**
 * One timeline per customer (docs/timeline-model.md): the platform course (account, sessions, notifications), the
 * health course (screening visits, measurement panels, diagnoses) and the journey placed on the sessions; the
 * {@code events} part writes it, and the profile's snapshot fields are computed from it.
 */
package io.github.syntheticcustomers.core.timeline;

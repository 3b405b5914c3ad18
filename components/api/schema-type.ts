// A JSON Schema (as the OpenAPI document holds it) in a few words for the reference page:
// "string (uuid)", "Activity", "array of Report", "one of: day, month, year", "… or null".

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
};

export function schemaType(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return schema.$ref.split("/").at(-1)!;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(schemaType).join(" or ");
  if (schema.enum) return `one of: ${schema.enum.join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  return types
    .map((type) => {
      if (type === "array") return `array of ${schemaType(schema.items)}`;
      return schema.format && type !== "null" ? `${type} (${schema.format})` : type;
    })
    .join(" or ");
}

import { Card } from "@/components/ui/card";
import { schemaType } from "./schema-type";

// The API's reference, rendered on the server from its OpenAPI document (no script, no CDN):
// each operation with its parameters and answers, then each schema with its fields.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Parameters<typeof schemaType>[0];
}
interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: Parameter[];
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: Parameters<typeof schemaType>[0] }> }
  >;
}
interface ObjectSchema {
  description?: string;
  properties?: Record<string, Parameters<typeof schemaType>[0] & { description?: string }>;
  required?: string[];
}
export interface ApiDocument {
  servers?: Array<{ url: string }>;
  paths?: Record<string, { get?: Operation }>;
  components?: { schemas?: Record<string, ObjectSchema> };
}

const CELL = "px-3 py-2 text-left align-top";

export function ApiReference({ document }: { document: ApiDocument }) {
  const server = document.servers?.[0]?.url ?? "";
  return (
    <div className="space-y-6">
      {Object.entries(document.paths ?? {}).map(([path, item]) =>
        item.get ? <OperationCard key={path} path={`${server}${path}`} operation={item.get} /> : null,
      )}
      <h2 className="text-xl font-semibold tracking-tight">Schemas</h2>
      {Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => (
        <Card key={name} title={name}>
          {schema.description ? <p className="mb-2 text-sm text-slate-700">{schema.description}</p> : null}
          <FieldTable
            label={`Fields of ${name}`}
            rows={Object.entries(schema.properties ?? {}).map(([field, s]) => ({
              name: field,
              type: schemaType(s),
              required: schema.required?.includes(field) ?? false,
              description: s.description,
            }))}
          />
        </Card>
      ))}
    </div>
  );
}

function OperationCard({ path, operation }: { path: string; operation: Operation }) {
  return (
    <section
      aria-labelledby={`op-${operation.operationId}`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`op-${operation.operationId}`} className="font-semibold">
        <span className="mr-2 rounded bg-brand-800 px-1.5 py-0.5 font-mono text-xs text-white">GET</span>{" "}
        <code className="break-all">{path}</code>
      </h2>
      {operation.summary ? <p className="mt-1 text-sm text-slate-700">{operation.summary}.</p> : null}
      {operation.parameters?.length ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">Parameters</h3>
          <FieldTable
            label={`Parameters of ${operation.operationId}`}
            rows={operation.parameters.map((p) => ({
              name: `${p.name} (${p.in})`,
              type: schemaType(p.schema),
              required: p.required ?? false,
              description: p.description,
            }))}
          />
        </>
      ) : null}
      <h3 className="mt-4 text-sm font-semibold">Answers</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {Object.entries(operation.responses ?? {}).map(([status, response]) => (
          <li key={status}>
            <span className="font-mono font-semibold">{status}</span> {response.description}
            {Object.entries(response.content ?? {}).map(([type, body]) => (
              <span key={type} className="text-slate-600">
                {" "}
                ({type}: {schemaType(body.schema)})
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `label` names the table's scrolling region, which a keyboard can reach on a narrow screen. */
function FieldTable({
  label,
  rows,
}: {
  label: string;
  rows: Array<{ name: string; type: string; required: boolean; description?: string }>;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="mt-1 w-full text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className={CELL}>
              Name
            </th>
            <th scope="col" className={CELL}>
              Type
            </th>
            <th scope="col" className={CELL}>
              About
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.name}>
              <td className={`${CELL} font-mono`}>
                {row.name}
                {row.required ? <span className="sr-only"> (required)</span> : null}
                {row.required ? <span aria-hidden="true">*</span> : null}
              </td>
              <td className={`${CELL} break-words text-slate-700`}>{row.type}</td>
              <td className={`${CELL} text-slate-700`}>{row.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { z } from "zod";

import { billsQuerySchema } from "@/lib/api/schema";

interface Property {
  description?: string;
  type?: string;
  enum?: string[];
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

function kind(property: Property): string {
  if (property.$ref?.endsWith("/Jurisdiction")) return "us or uk";
  if (property.enum) return "a stage code";
  if (property.format === "date") return "YYYY-MM-DD";
  if (property.format === "date-time") return "timestamp";
  if (property.type === "integer") return `${property.minimum}–${property.maximum}`;
  return "text";
}

/** The list endpoint's parameters, from the same schema that validates them. */
export function ParameterTable() {
  const { properties = {} } = z.toJSONSchema(billsQuerySchema, { io: "input" }) as { properties?: Record<string, Property> };
  return (
    <div className="mt-3 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label="Parameters of /api/v1/bills">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Parameters of GET /api/v1/bills</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Parameter
            </th>
            <th scope="col" className="py-2 pr-4">
              Value
            </th>
            <th scope="col" className="py-2">
              Meaning
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(properties).map(([name, property]) => (
            <tr key={name} className="border-b border-rule align-top">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">
                {name}
              </th>
              <td className="py-2 pr-4 whitespace-nowrap">{kind(property)}</td>
              <td className="py-2">
                {name === "jurisdiction" ? "Only bills of this legislature." : property.description}
                {property.default !== undefined ? ` Default ${String(property.default)}.` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

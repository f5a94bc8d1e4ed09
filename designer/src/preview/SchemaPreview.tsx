import type { CompiledModule, JsonSchema, Step } from '@modulo/form-model';

type S = Record<string, unknown>;

/** Finds a property's schema: at the top, or inside `allOf[].then` when it is conditional. */
function propertySchema(schema: JsonSchema, id: string): S | undefined {
  const s = schema as S;
  const direct = (s.properties as Record<string, S> | undefined)?.[id];
  if (direct && Object.keys(direct).length > 0) return direct;
  for (const branch of (s.allOf as S[] | undefined) ?? []) {
    const then = (branch.then as S | undefined)?.properties as Record<string, S> | undefined;
    if (then?.[id] && typeof then[id] === 'object' && Object.keys(then[id]).length > 0) return then[id];
  }
  return undefined;
}

/**
 * A read-only picture of one step from the compiled JSON Schema: each field's title, help
 * and the constraints the citizen's form will enforce. Replaced by the renderer's form later.
 */
export function SchemaPreview({ compiled, step }: { compiled: CompiledModule; step: Step }) {
  const required = new Set(((compiled.schema as S).required as string[] | undefined) ?? []);
  return (
    <ol className="modulo-schema-preview">
      {step.fields.map((f) => {
        const s = propertySchema(compiled.schema, f.id);
        const title = (s?.title as string | undefined) ?? f.label.it;
        const help = s?.description as string | undefined;
        const facts = s
          ? Object.entries(s)
              .filter(([k]) => !['title', 'description', 'oneOf', 'properties', 'items', '$ref'].includes(k))
              .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          : [];
        return (
          <li key={f.id} data-preview-field={f.id}>
            <strong>{title}</strong>
            {required.has(f.id) && ' *'}
            {f.condition && ' (condizionato)'}
            {help && <p>{help}</p>}
            {facts.length > 0 && <code>{facts.join(' · ')}</code>}
          </li>
        );
      })}
    </ol>
  );
}
